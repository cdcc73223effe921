import { describe, expect, it } from "vitest";
import {
  formatChange,
  formatDate,
  formatInteger,
  formatMonth,
  formatTokenPrice,
  formatTokensShort,
  formatUsd,
  exactUsd,
  flagHtml,
  priceHtml,
} from "~/shared/format";

describe("flagHtml", () => {
  it("says yes, no and unknown in words, never unknown as no", () => {
    expect(flagHtml(true)).toBe('<span class="flag flag-y">Yes</span>');
    expect(flagHtml(false)).toBe('<span class="flag flag-n">No</span>');
    expect(flagHtml(undefined)).toBe('<span class="flag flag-u">Unknown</span>');
  });
});

describe("format", () => {
  it("prints unknown as a dash, never as zero", () => {
    expect(formatTokenPrice(undefined)).toBe("—");
    expect(formatUsd(null)).toBe("—");
    expect(formatInteger(undefined)).toBe("—");
    expect(formatDate(undefined)).toBe("—");
  });
  it("prints 0 as free", () => expect(formatTokenPrice(0)).toBe("Free"));
  it("keeps small prices exact", () => {
    expect(formatTokenPrice(0.025)).toBe("$0.025");
    expect(formatTokenPrice(0.1)).toBe("$0.10");
    expect(formatTokenPrice(0.1, "1K")).toBe("$0.0001");
    expect(formatTokenPrice(0.025, "1K")).toBe("$0.000025");
    expect(formatUsd(0.0018)).toBe("$0.0018");
    expect(formatUsd(0.0375)).toBe("$0.0375");
  });
  it("rounds larger prices to cents and keeps the exact value for a title", () => {
    expect(formatUsd(4.2929)).toBe("$4.29");
    expect(exactUsd(4.2929)).toBe("$4.2929");
    expect(exactUsd(0.1)).toBeUndefined();
    expect(formatUsd(1234.5678)).toBe("$1,234.57");
    expect(priceHtml(4.2929)).toContain('title="$4.2929 per 1M tokens"');
  });
  it("formats token counts and dates", () => {
    expect(formatInteger(1047576)).toBe("1,047,576");
    expect(formatTokensShort(200000)).toBe("200K");
    expect(formatTokensShort(32768)).toBe("32K");
    expect(formatTokensShort(131072)).toBe("128K");
    expect(formatTokensShort(1048576)).toBe("1M");
    expect(formatTokensShort(1047576)).toBe("1.05M");
    expect(formatTokensShort(400000)).toBe("400K");
    expect(formatTokensShort(128000)).toBe("128K"); // a round thousand, though 125 × 1024
    expect(formatTokensShort(64000)).toBe("64K");
    expect(formatDate("2025-04-14")).toBe("Apr 14, 2025");
    expect(formatDate("2024-06")).toBe("June 2024");
    expect(formatMonth("2024-06-01")).toBe("June 2024");
  });
  it("formats changes with a sign", () => {
    expect(formatChange(0.27, 0.56)).toBe("+107%");
    expect(formatChange(2, 1)).toBe("−50%");
    expect(formatChange(undefined, 1)).toBe("—");
  });
});
