// axe-core inside the page under test, for the accessibility checks.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core in the page (evaluated as a string, which the page's CSP
 * and Trusted Types allow) with the WCAG 2.0/2.1 A and AA rules, the best
 * practices, and the experimental label-content-name-mismatch rule (2.5.3
 * Label in Name). Returns the violations as "rule: target" lines.
 */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
      rules: { "label-content-name-mismatch": { enabled: true } },
    }));
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} ${n.failureSummary ?? ""}`));
}

