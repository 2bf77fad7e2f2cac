import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "data/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // Only lib/env.ts reads the environment, so every setting is validated in one place.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts", "lib/env-files.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through lib/env.ts." },
      ],
    },
  },
  {
    // The sandbox stands in for LinkedIn in tests and demos; product code never depends on it.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["**/*.test.ts", "lib/linkedin/testing/**", "lib/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/sandbox/*", "**/sandbox/*"], message: "Product code must not import the sandbox." }] },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
