"use strict";
(function () {
  const records = JSON.parse(document.getElementById("records").textContent);
  const corrections = {};  // record id -> {field key -> corrected text}
  const reviewed = new Set();
  const list = document.getElementById("list");
  const detail = document.getElementById("detail");
  const status = document.getElementById("filter-status");
  const product = document.getElementById("filter-product");
  const count = document.getElementById("count");
  let shown = [];
  let current = 0;

  for (const name of [...new Set(records.map((r) => r.product))].sort()) {
    const option = document.createElement("option");
    option.value = name;
    option.textContent = name;
    product.appendChild(option);
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) node.append(child);
    return node;
  }

  function badges(record) {
    const out = [];
    if (record.needsReview) out.push(el("span", { className: "badge review", textContent: "review" }));
    if (record.failedChecks.length) out.push(el("span", { className: "badge check", textContent: "check" }));
    if (reviewed.has(record.id)) out.push(el("span", { className: "badge done", textContent: "✓" }));
    return out;
  }

  function matches(record) {
    if (status.value === "review" && !record.needsReview) return false;
    if (status.value === "check" && !record.failedChecks.length) return false;
    return product.value === "all" || record.product === product.value;
  }

  function renderList() {
    shown = records.filter(matches);
    current = Math.min(current, Math.max(shown.length - 1, 0));
    list.replaceChildren(...shown.map((record, i) => {
      const item = el("li", { textContent: record.input, title: record.product }, badges(record));
      item.dataset.id = record.id;
      if (i === current) item.classList.add("current");
      item.addEventListener("click", () => { current = i; render(); });
      return item;
    }));
    count.textContent = `${shown.length} of ${records.length} inputs`;
  }

  function renderDetail() {
    const record = shown[current];
    if (!record) {
      detail.replaceChildren(el("p", { className: "empty", textContent: "Nothing to review." }));
      return;
    }
    const edits = corrections[record.id] || {};
    const rows = record.fields.map((field) => {
      const input = el("input", { value: field.key in edits ? edits[field.key] : field.text });
      input.dataset.key = field.key;
      input.setAttribute("aria-label", field.key);
      if (field.key in edits) input.classList.add("changed");
      input.addEventListener("change", () => {
        corrections[record.id] = corrections[record.id] || {};
        corrections[record.id][field.key] = input.value;
        input.classList.toggle("changed", input.value !== field.text);
        reviewed.add(record.id);
        renderList();
      });
      const confidence = field.confidence === null ? "" : field.confidence.toFixed(3);
      const row = el("tr", {}, [el("th", { textContent: field.key }), el("td", {}, [input]), el("td", { className: "conf", textContent: confidence })]);
      if (field.low) row.classList.add("low");
      return row;
    });
    const picture = record.image
      ? el("img", { src: record.image, alt: `${record.input} with what was read outlined` })
      : el("p", { className: "noimage", textContent: "No picture (run the batch with --save png, or give review --images DIR)." });
    const checks = record.failedChecks.map((c) => el("li", { className: "failed", textContent: `check ${c.name} failed on ${c.fields.join(", ")}${c.message ? ": " + c.message : ""}` }));
    const reasons = record.reasons.filter((r) => !r.startsWith("check ")).map((r) => el("li", { textContent: r }));
    detail.replaceChildren(
      el("h2", { textContent: record.input }),
      el("p", {}, [`${record.product} · `, el("code", { textContent: record.answer }), ...badges(record)]),
      el("ul", { className: "reasons" }, [...reasons, ...checks]),
      el("table", {}, [el("thead", {}, [el("tr", {}, [el("th", { textContent: "field" }), el("th", { textContent: "read (edit to correct)" }), el("th", { textContent: "confidence" })])]), el("tbody", {}, rows)]),
      picture,
    );
  }

  function render() { renderList(); renderDetail(); }

  function move(step) {
    if (!shown.length) return;
    current = Math.max(0, Math.min(shown.length - 1, current + step));
    render();
    const item = list.children[current];
    if (item && item.scrollIntoView) item.scrollIntoView({ block: "nearest" });
  }

  function correctionsText() {
    const lines = [];
    for (const record of records) {
      if (!reviewed.has(record.id)) continue;
      const edits = corrections[record.id] || {};
      for (const field of record.fields) {
        const corrected = field.key in edits ? edits[field.key] : field.text;
        lines.push(JSON.stringify({ input: record.input, answer: record.answer, product: record.product, field: field.key, read: field.text, corrected: corrected }));
      }
    }
    return lines.map((line) => line + "\n").join("");
  }

  document.getElementById("download").addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([correctionsText()], { type: "application/x-ndjson" }));
    const link = el("a", { href: url, download: "corrections.jsonl" });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  const saveFile = document.getElementById("save-file");
  if (typeof window.showSaveFilePicker === "function") {
    saveFile.hidden = false;
    saveFile.addEventListener("click", async () => {
      try {
        const handle = await window.showSaveFilePicker({ suggestedName: "corrections.jsonl" });
        const stream = await handle.createWritable();
        await stream.write(correctionsText());
        await stream.close();
      } catch (error) {
        if (error.name !== "AbortError") console.warn("corrections not saved:", error.message);
      }
    });
  }

  status.addEventListener("change", () => { current = 0; render(); });
  product.addEventListener("change", () => { current = 0; render(); });
  document.addEventListener("keydown", (event) => {
    const typing = event.target instanceof HTMLInputElement;
    if (typing) {
      if (event.key === "Escape") { event.target.blur(); detail.focus(); }
      return;
    }
    if (event.target instanceof HTMLSelectElement || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "j" || event.key === "ArrowDown") { move(1); event.preventDefault(); }
    else if (event.key === "k" || event.key === "ArrowUp") { move(-1); event.preventDefault(); }
    else if (event.key === "r" && shown[current]) { reviewed.add(shown[current].id); move(1); }
    else if (event.key === "e") {
      const first = detail.querySelector("input");
      if (first) { first.focus(); event.preventDefault(); }
    }
  });
  render();
})();
