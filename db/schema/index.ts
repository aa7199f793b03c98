export * from "./auth";
export * from "./circles";
export * from "./companies";
export * from "./contacts";
export * from "./interactions";
export * from "./knowledge";
export * from "./notifications";
export * from "./vocabulary";
