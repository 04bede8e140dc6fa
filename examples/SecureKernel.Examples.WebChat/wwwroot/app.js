// SecureKernel web chat page. Every server-provided string is inserted as text, except the answer's `html`, which is
// the output guard's sanitized HTML (OutputSanitizer): the only innerHTML assignment in this file.
"use strict";

const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

async function loadInfo() {
  const info = await (await fetch("/api/info")).json();
  const policies = info.policies.map(p => `${p.tool}: ${p.consequence}${p.requiresApproval ? ", approval" : ""}${p.acceptsUntrustedContext ? "" : ", no untrusted context"}`).join("; ");
  document.getElementById("info").textContent =
    `Model: ${info.model} · mode ${info.mode} · spotlighting ${info.spotlighting} · allowed hosts: ${info.allowedHosts.join(", ") || "none"} · tools: ${policies}`;
}

async function loadDocuments() {
  const docs = await (await fetch("/api/documents")).json();
  const list = document.getElementById("documents");
  list.replaceChildren(...docs.map(d => {
    const li = el("li", null, d.source + (d.uploaded ? " (uploaded)" : ""));
    if (d.flagged) li.append(" ", el("span", "flag", "flagged: " + d.findings.join(", ")));
    return li;
  }));
}

// Reads a text/event-stream response from fetch (POST), calling onEvent(name, data) per event.
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = "message", data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) name = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
      }
      onEvent(name, data ? JSON.parse(data) : null);
    }
  }
}

function renderWhy(turn, why) {
  const toggle = el("button", "why-toggle", `why? (${why.length})`);
  toggle.type = "button";
  const list = el("ul", "why");
  list.hidden = true;
  if (why.length === 0) list.append(el("li", null, "No guard decisions: nothing was tagged, redacted or blocked."));
  for (const v of why) {
    const li = el("li");
    li.append(el("strong", null, `${v.stage}: ${v.action}`), ` — ${v.reason}`);
    if (v.subject) li.append(" [", el("code", null, v.subject), "]");
    if (v.sources && v.sources.length) li.append(` · sources: ${v.sources.join(", ")}`);
    if (v.findings.length) li.append(" · findings: " + v.findings.map(f => `${f.kind} (${f.rule}, ${f.detector}, ${f.score})`).join("; "));
    list.append(li);
  }
  toggle.addEventListener("click", () => { list.hidden = !list.hidden; });
  turn.append(toggle, list);
}

function renderApproval(turn, question, a) {
  const box = el("div", "approval");
  box.dataset.approvalId = a.id;
  box.append(el("div", null, `Approval needed: ${a.tool}`), el("div", null, a.reason));
  box.append(el("pre", null, Object.entries(a.arguments).map(([k, v]) => `${k}: ${v}`).join("\n")));
  const decide = async approve => {
    for (const b of box.querySelectorAll("button")) b.disabled = true;
    const r = await fetch(`/api/approvals/${encodeURIComponent(a.id)}`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ approve }),
    });
    const body = await r.json();
    box.append(el("div", "decision", r.ok ? `${body.status} — resuming the turn` : body.error));
    if (r.ok) await ask(question, true);
  };
  const approve = el("button", "approve", "Approve");
  const deny = el("button", "deny", "Deny");
  approve.type = deny.type = "button";
  approve.addEventListener("click", () => decide(true));
  deny.addEventListener("click", () => decide(false));
  box.append(approve, deny);
  turn.append(box);
}

async function ask(question, resumed) {
  const chat = document.getElementById("chat");
  const turn = el("article", "turn");
  turn.append(el("div", "q", (resumed ? "↻ " : "") + question));
  const stream = el("div", "stream");
  const answer = el("div", "answer");
  turn.append(stream, answer);
  chat.append(turn);
  const response = await fetch("/api/chat", {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question }),
  });
  if (!response.ok) {
    answer.append(el("div", "blocked", `Error ${response.status}`));
    return;
  }
  await readEvents(response, (name, data) => {
    if (name === "delta") stream.textContent += data.text;
    else if (name === "blocked") answer.append(el("div", "blocked", "Blocked by SecureKernel: " + data.reason));
    else if (name === "approval") renderApproval(turn, question, data);
    else if (name === "done") {
      stream.remove();
      // Sanitized by the output guard on the server (OutputSanitizer.SanitizeMarkdown(...).Html).
      const rendered = el("div", "html");
      rendered.innerHTML = data.html;
      answer.prepend(rendered);
      renderWhy(turn, data.why);
      turn.dataset.done = "true";
    }
  });
}

document.getElementById("ask").addEventListener("submit", async e => {
  e.preventDefault();
  const input = document.getElementById("question");
  const question = input.value.trim();
  if (!question) return;
  input.value = "";
  await ask(question, false);
});

document.getElementById("upload").addEventListener("submit", async e => {
  e.preventDefault();
  const result = document.getElementById("upload-result");
  const r = await fetch("/api/documents", {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ source: document.getElementById("upload-source").value, text: document.getElementById("upload-text").value }),
  });
  const body = await r.json();
  result.className = body.accepted ? (body.flagged ? "tagged" : "accepted") : "refused";
  result.textContent = body.accepted
    ? `Indexed ${body.source}${body.flagged ? " (flagged: " + body.reason + ")" : ""}`
    : `Refused ${body.source}: ${body.reason}`;
  if (body.accepted) await loadDocuments();
});

loadInfo();
loadDocuments();
