import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "~/publish/csv";

describe("csv (RFC 4180)", () => {
  it("leaves plain fields bare and quotes fields with a comma, quote, CR or LF", () => {
    expect(csvField("gpt-4.1-nano")).toBe("gpt-4.1-nano");
    expect(csvField("Llama 3.3 70B, Instruct")).toBe('"Llama 3.3 70B, Instruct"');
    expect(csvField('The "nano" one')).toBe('"The ""nano"" one"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
  });

  it("writes unknown as an empty field and 0 as 0 (free)", () => {
    expect(csvField(undefined)).toBe("");
    expect(csvField(null)).toBe("");
    expect(csvField(0)).toBe("0");
  });

  it("writes small prices as plain decimals, never with an exponent", () => {
    expect(csvField(0.025)).toBe("0.025");
    expect(csvField(2.5e-8)).toBe("0.000000025");
    expect(csvField(1e-7)).toBe("0.0000001");
  });

  it("ends every record with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        [1, undefined],
      ]),
    ).toBe("a,b\r\n1,\r\n");
  });
});
