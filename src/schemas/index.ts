export * from "./common";
export * from "./prices";
export * from "./provider";
export * from "./model";
export * from "./offering";
export * from "./benchmark";
export * from "./identity";
export * from "./price-decision";
