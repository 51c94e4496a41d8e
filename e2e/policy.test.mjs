// The deployment's policy: an administrator puts policy.toml next to
// index.html; the app applies it (custom patterns, allow rules, locks, the
// message), refuses to start on a policy it cannot read, and gives the same
// output as the CLI with the same policy.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HushPage } from "./hush-page.mjs";
import { axeViolations } from "./axe.mjs";
import { NOTE, newContext, useApp } from "./fixtures.mjs";

const app = useApp();

export const POLICY = `
name = "Acme Contact Centre"
version = "2025-03"
message = "Card numbers and member IDs never go into notes. Procedure: wiki/privacy."
kinds = ["card", "ssn", "cvv", "expiry"]
locked = ["card", "ssn"]

[[pattern]]
name = "member_id"
label = "MEMBER-ID"
regex = '\\bMBR-?\\d{8}\\b'
noun = "member ID"
plural = "member IDs"

[[pattern]]
name = "policy_number"
regex = '(?i)\\bPOL-\\d{3}-\\d{4}\\b'

[allow]
exact = ["MBR-00000000"]
`;

const MEMBER_NOTE = [
  "Member MBR-20240117 called; test account MBR-00000000 is fine to keep.",
  "Policy pol-123-4567 renewed. Card 4111 1111 1111 1111 exp 09/27.",
].join("\n");

/** Serves `body` as policy.toml (or nothing), then opens the page. */
async function openWith(file, { wait = true, options } = {}) {
  for (const k of Object.keys(app.server.files)) delete app.server.files[k];
  if (file) app.server.files["/policy.toml"] = file;
  const context = await newContext(app, options);
  const page = await context.newPage();
  const hush = new HushPage(page);
  if (wait) {
    await hush.open(app.url);
  } else {
    await page.goto(app.url);
  }
  return { context, page, hush };
}

test("a deployed policy changes the output, shows itself and locks its settings", async () => {
  const { context, page, hush } = await openWith({ body: POLICY, type: "application/toml" });
  assert.equal(await hush.policy.textContent(), "Policy: Acme Contact Centre 2025-03");
  assert.match(await page.getByTestId("version").textContent(), / · policy Acme Contact Centre 2025-03$/);
  assert.match(await page.getByTestId("policy-message").textContent(), /never go into notes/);
  assert.match(await page.getByTestId("patterns").textContent(), /member IDs, policy numbers/);
  await hush.paste(MEMBER_NOTE);
  assert.equal(
    await hush.outputText(),
    [
      "Member [MEMBER-ID] called; test account MBR-00000000 is fine to keep.",
      "Policy [POLICY-NUMBER] renewed. Card [CARD] exp [EXPIRY].",
    ].join("\n"),
  );
  assert.match(await hush.summary.textContent(), /1 member ID/);
  // Locked kinds: disabled, and said to be locked, to the eye and to
  // screen readers.
  const cards = hush.kind("Card numbers (locked by policy)");
  assert.equal(await cards.isDisabled(), true);
  assert.equal(await cards.isChecked(), true);
  assert.equal(await hush.kind("SSNs (locked by policy)").isDisabled(), true);
  assert.equal(await hush.kind("CVVs").isDisabled(), false);
  await cards.click({ force: true });
  assert.equal(await cards.isChecked(), true);
  assert.ok((await hush.outputText()).includes("[CARD]"));
  // A kind that is not locked can be switched, and is said to be off.
  await hush.kind("Expiry dates").uncheck();
  assert.ok((await hush.outputText()).includes("exp 09/27"));
  assert.match(await hush.summary.textContent(), /Expiry dates are not being redacted/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("a saved setting cannot undo a lock", async () => {
  const { context, page, hush } = await openWith({ body: POLICY });
  await page.evaluate(() => localStorage.setItem("hush.settings", "kinds=cvv;style=mask"));
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.equal(await hush.kind("Card numbers (locked by policy)").isChecked(), true);
  assert.equal(await hush.kind("SSNs (locked by policy)").isChecked(), true);
  assert.equal(await hush.kind("Expiry dates").isChecked(), false);
  assert.equal(await hush.styleChosen("Mask"), true);
  await context.close();
});

test("a locked style disables the style choice", async () => {
  const locked = POLICY.replace('locked = ["card", "ssn"]', 'style = "last4"\nlocked = ["card", "ssn", "style"]');
  const { context, page, hush } = await openWith({ body: locked });
  for (const name of ["Label", "Numbered", "Mask", "Last 4"]) {
    assert.equal(await hush.style(name).isDisabled(), true, name);
  }
  assert.equal(await hush.styleChosen("Last 4"), true);
  assert.match(await page.getByRole("group", { name: /Replace with/ }).textContent(), /locked by policy/);
  await hush.paste(NOTE);
  assert.ok((await hush.outputText()).includes("[CARD ending 1111]"));
  await context.close();
});

for (const [what, file, problem] of [
  ["an unknown key", { body: 'name = "Acme"\nlockd = ["card"]\n' }, /policy\.toml is not a valid policy: line 2, column 1: unknown field `lockd`/],
  ["an invalid regex", { body: 'name = "Acme"\n[[pattern]]\nname = "member_id"\nregex = \'(MBR\'\n' }, /line 4.*pattern 'member_id'/],
  ["a web page served instead", { body: "<!doctype html><title>x</title>", type: "text/html" }, /sent a web page for policy\.toml/],
  ["a server error", { body: "oops", status: 500 }, /answered 500 for policy\.toml/],
]) {
  test(`a policy.toml with ${what} stops the app with a message`, async () => {
    const { context, page } = await openWith(file, { wait: false });
    const stopped = page.getByTestId("stopped");
    await stopped.waitFor();
    assert.match(await page.getByTestId("problem").textContent(), problem);
    assert.equal(await stopped.getAttribute("role"), "alert");
    // No input, no output, nothing to redact with weaker rules.
    assert.equal(await page.getByTestId("input").count(), 0);
    assert.equal(await page.getByTestId("output").count(), 0);
    assert.equal(await page.locator("html[data-ready]").count(), 0);
    assert.equal(await page.locator(".loading").isVisible(), false);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test("without a policy.toml the built-in defaults apply", async () => {
  const { context, hush } = await openWith(null);
  assert.equal(await hush.policy.textContent(), "Policy: Built-in defaults");
  assert.equal(await hush.kind("Card numbers").isDisabled(), false);
  await context.close();
});

// The CLI, built once for these tests.
let hushBin;
before(() => {
  execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "hush"], { stdio: "inherit" });
  hushBin = join(process.cwd(), "target", "release", "hush");
});

function cli(text, policyFile, style) {
  return execFileSync(hushBin, ["--policy", policyFile, "--style", style], { input: text }).toString();
}

test("the CLI and the app give the same output for the same text and policy", async () => {
  // The style is not locked here, so both can be asked for each one.
  const dir = mkdtempSync(join(tmpdir(), "hush-policy-"));
  const file = join(dir, "hush.toml");
  writeFileSync(file, POLICY);
  const { context, hush } = await openWith({ body: POLICY });
  const texts = [
    MEMBER_NOTE,
    NOTE,
    "Agent: member number?\nCustomer: MBR 2024 0117, no wait, MBR-20240117\nAgent: and the card?\nCustomer: four one one one one one one one one one one one one one one one",
    "MBR-12345678 MBR-12345678 POL-999-0000 4111-1111-1111-1111 4111111111111111",
  ];
  for (const text of texts) {
    await hush.paste(text);
    for (const [name, style] of [["Label", "label"], ["Numbered", "numbered"], ["Mask", "mask"], ["Last 4", "last4"]]) {
      await hush.style(name).click();
      // The CLI ends the output with the input's last line break; the
      // text here has none.
      assert.equal(await hush.outputText(), cli(text, file, style), `${style}: ${text.slice(0, 30)}`);
    }
  }
  await context.close();
});
