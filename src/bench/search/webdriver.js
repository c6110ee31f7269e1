// A minimal W3C WebDriver client (node 20's fetch against /usr/bin/chromedriver): enough to open pages in headless
// Chromium, run scripts and take screenshots for the search benchmarks. No network besides the loopback.
"use strict";
const { spawn } = require("child_process");

const CHROMEDRIVER = process.env.CHROMEDRIVER || "/usr/bin/chromedriver";
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

async function start(port = 9515 + Math.floor(Math.random() * 400)) {
  const driver = spawn(CHROMEDRIVER, ["--port=" + port], { stdio: "ignore" });
  const base = "http://127.0.0.1:" + port;
  for (let i = 0; i < 50; i++) {
    try {
      const r = await fetch(base + "/status");
      if (r.ok) break;
    } catch (e) {
      await new Promise((res) => setTimeout(res, 100));
    }
  }
  const call = async (method, path, body) => {
    const r = await fetch(base + path, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json();
    if (!r.ok) throw new Error(method + " " + path + ": " + JSON.stringify(json.value).slice(0, 500));
    return json.value;
  };
  const session = await call("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        browserName: "chrome",
        "goog:chromeOptions": {
          binary: CHROMIUM,
          args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=1280,900", "--allow-file-access-from-files"],
        },
      },
    },
  });
  const sid = "/session/" + session.sessionId;
  return {
    go: (url) => call("POST", sid + "/url", { url }),
    run: (script, ...args) => call("POST", sid + "/execute/sync", { script, args }),
    runAsync: (script, ...args) => call("POST", sid + "/execute/async", { script, args }),
    timeouts: (ms) => call("POST", sid + "/timeouts", { script: ms }),
    find: (css) => call("POST", sid + "/element", { using: "css selector", value: css }),
    type: (el, text) => call("POST", sid + "/element/" + Object.values(el)[0] + "/value", { text }),
    click: (el) => call("POST", sid + "/element/" + Object.values(el)[0] + "/click", {}),
    keys: (text) => call("POST", sid + "/actions", {
      actions: [{ type: "key", id: "kb", actions: [...text].flatMap((c) => [{ type: "keyDown", value: c }, { type: "keyUp", value: c }]) }],
    }),
    screenshot: async (file) => {
      const png = await call("GET", sid + "/screenshot");
      require("fs").writeFileSync(file, Buffer.from(png, "base64"));
    },
    quit: async () => {
      try { await call("DELETE", sid); } finally { driver.kill(); }
    },
  };
}

module.exports = { start };
