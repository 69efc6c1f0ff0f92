// Bantin's web page: plain DOM, no build step. All article text goes through textContent, never innerHTML.
"use strict";

const $ = (id) => document.getElementById(id);
const el = (tag, text, attrs) => {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
};
const state = { q: "", sort: "relevance", page: 1, source: "", category: "", year: "" };
const FACET_NAMES = { source: "Nguồn", category: "Chuyên mục", year: "Năm" };

function dateText(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  return isNaN(d) ? "" : d.toLocaleDateString("vi-VN", { year: "numeric", month: "2-digit", day: "2-digit" });
}

/** The snippet as text nodes and <mark> elements, from the API's highlight offsets. */
function snippetNode(hit) {
  const p = el("p", null, { class: "snippet" });
  const text = hit.snippet || "";
  let at = 0;
  for (const h of hit.highlights || []) {
    const start = h.start ?? h[0], end = h.end ?? h[1];
    if (start < at || end > text.length) continue;
    p.append(document.createTextNode(text.slice(at, start)), el("mark", text.slice(start, end)));
    at = end;
  }
  p.append(document.createTextNode(text.slice(at)));
  return p;
}

async function api(path, init) {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error((body && (body.detail || body.title)) || `Lỗi ${response.status}`);
  return body;
}

function show(view) {
  for (const id of ["search-view", "article-view", "analyze-view"]) $(id).hidden = id !== view;
}

async function search() {
  show("search-view");
  $("q").value = state.q;
  $("sort").value = state.sort;
  const params = new URLSearchParams({ q: state.q, page: state.page, top: 10, sort: state.sort });
  if (state.source) params.set("source", state.source);
  if (state.category) params.set("category", state.category);
  if (state.year) { params.set("from", state.year); params.set("to", state.year); }
  $("status").textContent = "Đang tìm…";
  try {
    const result = await api("/api/search?" + params);
    renderResults(result);
  } catch (e) {
    $("status").textContent = e.message;
    $("results").replaceChildren();
  }
}

function renderResults(result) {
  $("status").textContent = result.total === 0 ? "Không tìm thấy bài nào." : `${result.total.toLocaleString("vi-VN")} bài phù hợp`;
  const items = result.hits.map((hit) => {
    const li = el("li");
    const a = el("a", hit.title, { href: "#/article/" + encodeURIComponent(hit.id), class: "hit-title" });
    const meta = el("div", [hit.source, dateText(hit.published)].filter(Boolean).join(" · "), { class: "meta" });
    li.append(a, meta, snippetNode(hit));
    return li;
  });
  $("results").replaceChildren(...items);
  $("results").dataset.query = state.q; // which query the list shows (tests and assistive tools wait on it)
  renderFacets(result.facets || {});
  const pager = [];
  if (state.page > 1) pager.push(pagerButton("← Trang trước", state.page - 1));
  if (state.page * 10 < Math.min(result.total, 10000)) pager.push(pagerButton("Trang sau →", state.page + 1)); // the API serves the first 10,000
  $("pager").replaceChildren(...pager);
}

function pagerButton(label, page) {
  const b = el("button", label, { type: "button" });
  b.addEventListener("click", () => { state.page = page; navigate(); });
  return b;
}

function renderFacets(facets) {
  const sets = [];
  for (const [field, name] of Object.entries(FACET_NAMES)) {
    const values = facets[field] || [];
    if (values.length === 0 && !state[field]) continue;
    const fs = el("fieldset");
    fs.append(el("legend", name));
    const all = facetOption(field, "", "Tất cả", "all");
    fs.append(all);
    values.forEach((v, i) => fs.append(facetOption(field, v.value, `${v.value} (${v.count})`, i)));
    sets.push(fs);
  }
  $("facets").replaceChildren(...sets);
}

function facetOption(field, value, label, key) {
  const id = `f-${field}-${key}`;
  const input = el("input", null, { type: "radio", name: field, id, value });
  input.checked = state[field] === value;
  input.addEventListener("change", () => { state[field] = value; state.page = 1; navigate(); });
  const label_ = el("label", null, { for: id });
  label_.append(input, document.createTextNode(" " + label));
  return label_;
}

function renderArticle(target, article) {
  const parts = [el("h1", article.title)];
  const meta = [article.author, article.source, dateText(article.published)].filter(Boolean).join(" · ");
  if (meta) parts.push(el("p", meta, { class: "meta" }));
  if (article.sapo) parts.push(el("p", article.sapo, { class: "sapo" }));
  for (const paragraph of article.body || []) parts.push(el("p", paragraph));
  if (article.author) parts.push(el("p", article.author, { class: "author" }));
  for (const credit of article.credits || []) parts.push(el("p", credit, { class: "meta" }));
  target.replaceChildren(...parts);
}

async function openArticle(id) {
  show("article-view");
  $("article").replaceChildren(el("p", "Đang tải…"));
  try {
    const [article, related] = await Promise.all([
      api("/api/articles/" + encodeURIComponent(id)),
      api("/api/articles/" + encodeURIComponent(id) + "/related").catch(() => []),
    ]);
    renderArticle($("article"), article);
    $("related").replaceChildren(...related.map((hit) => {
      const li = el("li");
      li.append(el("a", hit.title, { href: "#/article/" + encodeURIComponent(hit.id) }));
      return li;
    }));
    $("article").querySelector("h1")?.setAttribute("tabindex", "-1");
    $("article").querySelector("h1")?.focus();
  } catch (e) {
    $("article").replaceChildren(el("p", e.message));
    $("related").replaceChildren();
  }
}

async function analyze(event) {
  event.preventDefault();
  $("analyze-status").textContent = "Đang phân tích…";
  try {
    const article = await api("/api/analyze", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: $("raw").value });
    renderArticle($("analyzed"), article);
    const repairs = article.repairs || [];
    if (repairs.length) {
      const table = el("table", null, { class: "repairs" });
      table.append(el("caption", "Những chỗ đã sửa"));
      const head = el("tr");
      head.append(el("th", "Loại"), el("th", "Văn bản gốc"), el("th", "Vị trí"));
      table.append(head);
      for (const r of repairs) {
        const tr = el("tr");
        tr.append(el("td", r.kind), el("td", r.text), el("td", String(r.offset)));
        table.append(tr);
      }
      $("analyzed").append(table);
    }
    $("analyze-status").textContent = `Đã nhận ra tiêu đề, sapo, ${(article.body || []).length} đoạn thân bài và ${repairs.length} chỗ sửa.`;
  } catch (e) {
    $("analyze-status").textContent = e.message;
  }
}

function navigate() {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v && !(k === "page" && v === 1) && !(k === "sort" && v === "relevance")) params.set(k, v);
  const hash = "#/search?" + params;
  if (location.hash === hash) route(); else location.hash = hash;
}

function route() {
  const hash = location.hash || "#/";
  if (hash.startsWith("#/article/")) {
    let id;
    try { id = decodeURIComponent(hash.slice("#/article/".length)); } catch { id = hash.slice("#/article/".length); }
    return openArticle(id);
  }
  if (hash.startsWith("#/analyze")) { show("analyze-view"); return; }
  const params = new URLSearchParams(hash.includes("?") ? hash.slice(hash.indexOf("?") + 1) : "");
  state.q = params.get("q") || "";
  state.sort = params.get("sort") || "relevance";
  state.page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
  state.source = params.get("source") || "";
  state.category = params.get("category") || "";
  state.year = params.get("year") || "";
  return search();
}

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    state.q = $("q").value.trim();
    state.sort = $("sort").value;
    state.page = 1;
    navigate();
  });
  $("analyze-form").addEventListener("submit", analyze);
  $("back").addEventListener("click", (event) => { event.preventDefault(); history.back(); });
  window.addEventListener("hashchange", route);
  route();
});
