/* Responsibility matrices: progressive enhancement of the plain tables that
   planportal.matrix writes. Without this script every table is complete; with it the
   reader can sort rows by a unit's role, pick which units (columns) to show, grouped by
   kind, and keep only the tasks of one unit. */
(function () {
  "use strict";
  var RANK = { lead: 0, support: 1, implement: 2, supervise: 3, units: 4 };

  function rank(cell) {
    var roles = cell && cell.getAttribute("data-roles");
    return roles ? RANK[roles.split(" ")[0]] : 9;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }

  function enhance(table) {
    if (table.hasAttribute("data-pp-enhanced")) return;
    table.setAttribute("data-pp-enhanced", "");
    var heads = Array.prototype.slice.call(table.querySelectorAll("thead th.pp-matrix__unit"));
    if (heads.length < 2) return; /* one unit: nothing to pick, sort or filter */
    var taskRows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-task]"));
    taskRows.forEach(function (tr, i) { tr.setAttribute("data-order", i); });
    var totalRows = Array.prototype.slice.call(table.querySelectorAll("tfoot tr"));
    var kindCells = Array.prototype.slice.call(table.querySelectorAll("thead .pp-matrix__kind"));
    var hidden = {};
    var sortedBy = null;

    function unitCell(tr, col) { return tr.cells[col + 2]; }
    function totalCell(tr, col) { return tr.cells[col + 1]; }

    /* --- columns: the unit picker ------------------------------------------------ */
    function showColumn(col, show) {
      hidden[col] = !show;
      heads[col].classList.toggle("pp-hidden", !show);
      taskRows.forEach(function (tr) { var c = unitCell(tr, col); if (c) c.classList.toggle("pp-hidden", !show); });
      totalRows.forEach(function (tr) { var c = totalCell(tr, col); if (c) c.classList.toggle("pp-hidden", !show); });
    }
    function refreshColumns() {
      kindCells.forEach(function (th) {
        var kind = th.getAttribute("data-kind");
        var n = heads.filter(function (h, i) { return h.getAttribute("data-kind") === kind && !hidden[i]; }).length;
        th.colSpan = Math.max(n, 1);
        th.classList.toggle("pp-hidden", n === 0);
      });
      table.querySelectorAll("tr.pp-matrix__plan td").forEach(function (td) {
        td.colSpan = Math.max(heads.length - Object.keys(hidden).filter(function (k) { return hidden[k]; }).length, 1);
      });
      var shown = heads.length - Object.keys(hidden).filter(function (k) { return hidden[k]; }).length;
      summary.textContent = "选择显示的单位（显示 " + shown + " / " + heads.length + "）";
    }

    var tools = el("div", { "class": "pp-matrix-tools" });
    var picker = el("details", { "class": "pp-plain" });
    var summary = el("summary");
    picker.appendChild(summary);
    var all = el("p");
    var showAll = el("button", { type: "button" }, "全部显示");
    var showNone = el("button", { type: "button" }, "全部隐藏");
    all.appendChild(showAll); all.appendChild(document.createTextNode(" ")); all.appendChild(showNone);
    picker.appendChild(all);
    var boxes = [];
    kindCells.forEach(function (th) {
      var kind = th.getAttribute("data-kind");
      var fs = el("fieldset");
      var lg = el("legend");
      var kindBox = el("input", { type: "checkbox", checked: "" });
      var kindLabel = el("label");
      kindLabel.appendChild(kindBox);
      kindLabel.appendChild(document.createTextNode(" " + th.textContent));
      lg.appendChild(kindLabel);
      fs.appendChild(lg);
      var mine = [];
      heads.forEach(function (h, col) {
        if (h.getAttribute("data-kind") !== kind) return;
        var label = el("label", { title: h.getAttribute("title") || "" });
        var box = el("input", { type: "checkbox", checked: "", "data-col": col });
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + h.textContent.trim()));
        fs.appendChild(label);
        box.addEventListener("change", function () { showColumn(col, box.checked); refreshColumns(); });
        mine.push(box); boxes.push(box);
      });
      kindBox.addEventListener("change", function () {
        mine.forEach(function (b) { b.checked = kindBox.checked; showColumn(+b.getAttribute("data-col"), b.checked); });
        refreshColumns();
      });
      picker.appendChild(fs);
    });
    function setAll(on) {
      picker.querySelectorAll("input[type=checkbox]").forEach(function (b) { b.checked = on; });
      boxes.forEach(function (b) { showColumn(+b.getAttribute("data-col"), on); });
      refreshColumns();
    }
    showAll.addEventListener("click", function () { setAll(true); });
    showNone.addEventListener("click", function () { setAll(false); });
    tools.appendChild(picker);

    /* --- rows: keep the tasks of one unit ------------------------------------------ */
    var filterLabel = el("label", {}, "只看单位参与的任务：");
    var select = el("select");
    select.appendChild(el("option", { value: "" }, "全部任务"));
    heads.forEach(function (h, col) { select.appendChild(el("option", { value: String(col) }, h.textContent.trim())); });
    filterLabel.appendChild(select);
    tools.appendChild(filterLabel);
    /* --- rows: keep the tasks of one status (逾期, 临期…), when any is shown -------------- */
    var statusSelect = null;
    var labels = {};
    taskRows.forEach(function (tr) {
      var badge = tr.querySelector(".pp-status");
      if (badge) labels[tr.getAttribute("data-status")] = badge.textContent;
    });
    if (Object.keys(labels).length) {
      var statusLabel = el("label", {}, "状态：");
      statusSelect = el("select");
      statusSelect.appendChild(el("option", { value: "" }, "全部"));
      Object.keys(labels).forEach(function (k) { statusSelect.appendChild(el("option", { value: k }, labels[k])); });
      statusLabel.appendChild(statusSelect);
      tools.appendChild(statusLabel);
      statusSelect.addEventListener("change", filterRows);
    }
    function filterRows() {
      var col = select.value === "" ? null : +select.value;
      var status = statusSelect ? statusSelect.value : "";
      taskRows.forEach(function (tr) {
        var out = (col !== null && rank(unitCell(tr, col)) === 9) ||
                  (status !== "" && tr.getAttribute("data-status") !== status);
        tr.classList.toggle("pp-hidden", out);
      });
      table.querySelectorAll("tbody").forEach(function (tb) {
        var any = tb.querySelector("tr[data-task]:not(.pp-hidden)");
        var head = tb.querySelector("tr.pp-matrix__plan");
        if (head) head.classList.toggle("pp-hidden", !any);
      });
    }
    select.addEventListener("change", filterRows);

    /* --- sorting by a unit's role ---------------------------------------------------- */
    var dueHead = table.querySelector("thead th.pp-matrix__due");
    function dueKey(tr) { return tr.getAttribute("data-due") || "9999-12-31"; }
    function sortBy(col) {  /* a unit's column index, or "due" for the earliest cut-off first */
      var same = sortedBy === col;
      sortedBy = same ? null : col;
      heads.concat(dueHead ? [dueHead] : []).forEach(function (h, i) {
        var on = i === sortedBy || (h === dueHead && sortedBy === "due");
        if (on) h.setAttribute("aria-sort", h === dueHead ? "ascending" : "descending"); else h.removeAttribute("aria-sort");
      });
      table.querySelectorAll("tbody").forEach(function (tb) {
        var rows = Array.prototype.slice.call(tb.querySelectorAll("tr[data-task]"));
        rows.sort(function (a, b) {
          var d = 0;
          if (sortedBy === "due") d = dueKey(a) < dueKey(b) ? -1 : dueKey(a) > dueKey(b) ? 1 : 0;
          else if (sortedBy !== null) d = rank(unitCell(a, sortedBy)) - rank(unitCell(b, sortedBy));
          return d || (+a.getAttribute("data-order") - +b.getAttribute("data-order"));
        });
        rows.forEach(function (tr) { tb.appendChild(tr); });
      });
    }
    heads.forEach(function (h, col) {
      var b = el("button", { type: "button", "aria-label": "按" + h.textContent.trim() + "的职责排序（再按一次恢复原顺序）",
                             title: "按职责排序" }, "⇅");
      b.addEventListener("click", function () { sortBy(col); });
      h.appendChild(b);
    });
    if (dueHead) {
      var db = el("button", { type: "button", "aria-label": "按完成期限排序（再按一次恢复原顺序）", title: "按期限排序" }, "⇅");
      db.addEventListener("click", function () { sortBy("due"); });
      dueHead.appendChild(db);
    }
    tools.appendChild(el("span", { "class": "pp-note" }, "点击单位名称下的 ⇅ 按该单位的职责（牵头在前）排序，点击“期限”旁的 ⇅ 按期限排序。"));

    var scroll = table.closest(".pp-matrix-scroll") || table;
    scroll.parentNode.insertBefore(tools, scroll);
    refreshColumns();
  }

  function init() { document.querySelectorAll("table[data-pp-matrix]").forEach(enhance); }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init); /* instant navigation */
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
