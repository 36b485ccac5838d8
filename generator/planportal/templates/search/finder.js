/* The task finder (finder/?unit=ID&role=lead&plan=ID&jurisdiction=…&deadline=…&status=…&q=…):
   facets combined (OR within a facet, AND across), counts that follow the other filters,
   state in the URL (pushState; back and forward work), CSV export. Semantics as in
   generator/planportal/search/finder.py. Each result is [data-task-id]. */
(function () {
  "use strict";
  var S = window.PPSearch;
  var FACETS = ["unit", "role", "plan", "jurisdiction", "deadline", "status"];
  var PAGE = 50, UNITS_SHOWN = 12;
  var app = document.getElementById("pp-finder");
  if (!app) return;
  var root = S.siteRoot(app), engine = new S.Engine(app.getAttribute("data-version"));
  var facetsBox = app.querySelector(".pp-facets"), list = app.querySelector(".pp-results");
  var status = app.querySelector(".pp-finder__status"), more = app.querySelector(".pp-more");
  var form = app.querySelector(".pp-finder__text"), input = form.querySelector("input[name=q]");
  var chips = app.querySelector(".pp-chips"), exportButton = app.querySelector(".pp-export");
  var F = null, M = null, unitIdx = {}, planIdx = {}, state = null, view = null, run = 0;
  var showAllUnits = false, unitFilter = "";
  app.querySelector(".pp-noscript").hidden = true;
  app.querySelector(".pp-finder__ui").hidden = false;

  function parse(search) {
    var p = new URLSearchParams(search), s = { q: (p.get("q") || "").trim() };
    FACETS.forEach(function (f) {
      s[f] = [];
      p.getAll(f).forEach(function (v) {
        v.split(",").forEach(function (x) { if (x && s[f].indexOf(x) < 0) s[f].push(x); });
      });
    });
    return s;
  }

  function serialize(s) {
    var p = new URLSearchParams();
    FACETS.forEach(function (f) { s[f].forEach(function (v) { p.append(f, v); }); });
    if (s.q) p.append("q", s.q);
    var q = p.toString();
    return q ? "?" + q : "";
  }

  function navigate(s) {
    state = s;
    var url = new URL(location.href);
    url.search = serialize(s);
    history.pushState(null, "", url.href);
    update();
  }

  function yearOf(key) { return /^\d{4}/.test(key) ? key.slice(0, 4) : null; }

  /* Which of the facet groups (ur = unit+role, plan, jurisdiction, deadline, status, text) task i passes. */
  function compute(textHits) {
    function known(v) { return v === undefined || v === -1 ? "?" : v; }  // an unknown value matches nothing
    var sel = {
      u: set(state.unit.map(function (id) { return known(unitIdx[id]); })),
      r: set(state.role.map(function (r) { return known(F.roleCode[r]); })),
      p: set(state.plan.map(function (id) { return known(planIdx[id]); })),
      j: set(state.jurisdiction.map(function (j) { return known(F.jurisdictions.indexOf(j)); })),
      d: set(state.deadline), s: set(state.status)
    };
    var textSet = textHits ? set(textHits.map(function (h) { return h.ord; })) : null;
    var n = F.plan.length, results = [];
    var counts = { unit: {}, role: {}, plan: {}, jurisdiction: {}, deadline: {}, status: {} };
    function bump(facet, key) { counts[facet][key] = (counts[facet][key] || 0) + 1; }
    for (var i = 0; i < n; i++) {
      if (textSet && !textSet[i]) continue;
      var pairs = F.pairs[i];
      var okUR = !sel.u.size && !sel.r.size || pairs.some(function (pr) {
        return (!sel.u.size || sel.u[pr >> 3]) && (!sel.r.size || sel.r[pr & 7]);
      });
      var okP = !sel.p.size || sel.p[F.plan[i]];
      var okJ = !sel.j.size || sel.j[F.jurisdiction[i]];
      var keys = F.deadline[i];
      var okD = !sel.d.size || keys.some(function (k) { return sel.d[k] || sel.d[yearOf(k)]; });
      var okS = !sel.s.size || sel.s[F.status[i]];
      var others = okP && okJ && okD && okS;
      if (others && okUR) results.push(i);
      if (others) {
        var us = {}, rs = {};
        pairs.forEach(function (pr) {
          var u = pr >> 3, r = pr & 7;
          if (!sel.r.size || sel.r[r]) us[u] = true;
          if (!sel.u.size || sel.u[u]) rs[r] = true;
        });
        Object.keys(us).forEach(function (u) { bump("unit", u); });
        Object.keys(rs).forEach(function (r) { bump("role", r); });
      }
      if (okUR && okJ && okD && okS) bump("plan", F.plan[i]);
      if (okUR && okP && okD && okS) bump("jurisdiction", F.jurisdiction[i]);
      if (okUR && okP && okJ && okS) {
        var seen = {};
        keys.forEach(function (k) {
          if (!seen[k]) { seen[k] = true; bump("deadline", k); }
          var y = yearOf(k);
          if (y && y !== k && !seen[y]) { seen[y] = true; bump("deadline", y); }
        });
      }
      if (okUR && okP && okJ && okD) bump("status", F.status[i]);
    }
    if (textHits) {
      var rank = {};
      textHits.forEach(function (h, k) { rank[h.ord] = k; });
      results.sort(function (a, b) { return rank[a] - rank[b]; });
    }
    return { results: results, counts: counts };
  }

  function set(values) {
    var s = Object.create(null), size = 0;
    values.forEach(function (v) { if (!s[v]) { s[v] = true; size++; } });
    Object.defineProperty(s, "size", { value: size });
    return s;
  }

  function update() {
    var mine = ++run, t0 = performance.now();
    app.setAttribute("data-state", "loading");
    input.value = state.q;
    var text = state.q ? engine.search(state.q).then(function (r) { return r.terms.length ? r.hits : null; })
      : Promise.resolve(null);
    text.then(function (hits) {
      if (mine !== run) return;
      view = compute(hits);
      renderFacets();
      renderChips();
      status.textContent = "共 " + view.results.length + " 项任务";
      list.innerHTML = "";
      view.shown = 0;
      exportButton.disabled = !view.results.length;
      return page().then(function () {
        if (mine !== run) return;
        app.setAttribute("data-count", String(view.results.length));
        app.setAttribute("data-ms", String(Math.round((performance.now() - t0) * 10) / 10));
        app.setAttribute("data-state", "done");
      });
    }).catch(function (err) {
      status.textContent = "数据加载失败，请刷新页面重试。（" + err.message + "）";
      app.setAttribute("data-state", "error");
    });
  }

  function page() {
    var ords = view.results.slice(view.shown, view.shown + PAGE);
    return engine.docs(ords).then(function (docs) {
      docs.forEach(function (d) { list.appendChild(item(d)); });
      view.shown += docs.length;
      var left = view.results.length - view.shown;
      more.hidden = left <= 0;
      more.textContent = "显示更多（还有 " + left + " 项）";
    });
  }

  function item(d) {
    var li = document.createElement("li");
    li.className = "pp-result";
    li.setAttribute("data-task-id", d.id);
    var st = F.statusLabel[F.status[d.ord]];
    var meta = [S.escape(d.plan[1])];
    if (d.lead.length) meta.push("牵头：" + S.escape(d.lead.join("、")));
    else if (d.others.length) meta.push("责任：" + S.escape(d.others.join("、")));
    if (d.deadlines) meta.push("期限：" + S.escape(d.deadlines));
    if (F.status[d.ord] !== "none") meta.push('<span class="pp-status pp-status--' + S.escape(F.status[d.ord]) + '">' + S.escape(st) + "</span>");
    li.innerHTML = '<h2 class="pp-result__title"><a href="' + S.escape(root + "tasks/" + d.id + "/") + '">' +
      (d.number ? '<span class="pp-result__number">' + S.escape(d.number) + "</span>" : "") +
      S.highlight(d.title, state.q) + "</a></h2>" +
      '<p class="pp-result__meta">' + meta.join('<span aria-hidden="true"> · </span>') + "</p>" +
      (state.q ? '<p class="pp-result__snippet">' + S.highlight(d.text, state.q, 100) + "</p>" : "");
    return li;
  }

  /* --- facets --- */

  function options(facet) {
    var c = view.counts[facet], sel = state[facet];
    function opt(value, label, count, depth) {
      return { value: value, label: label, count: count || 0, checked: sel.indexOf(value) >= 0, depth: depth || 0 };
    }
    if (facet === "unit") {
      var units = M.units.map(function (u, i) { return opt(u[0], unitLabel(u), c[i]); });
      return units.filter(function (o) { return o.count || o.checked; })
        .sort(function (a, b) { return b.checked - a.checked || b.count - a.count; });
    }
    if (facet === "role") return F.roles.map(function (r, i) { return opt(r[0], r[1], c[i]); });
    if (facet === "plan") return M.plans.map(function (p, i) { return opt(p[0], p[1], c[i]); });
    if (facet === "jurisdiction") return F.jurisdictions.map(function (j, i) { return opt(j, j, c[i]); });
    if (facet === "status") return F.statuses.map(function (s) { return opt(s[0], s[1], c[s[0]]); });
    return F.deadlines.map(function (d) { return opt(d[0], d[1], c[d[0]], /^\d{4}-/.test(d[0]) ? 1 : 0); });
  }

  /* A unit's name with its jurisdiction when the name does not say it: collective names such as
     市直有关部门 or 各市党委、政府 mean nothing without it ("市直有关部门（高安市）"). */
  function unitLabel(u) {
    var name = u[1], place = u[3];
    return place && name.indexOf(place.replace(/[省市区县]$/, "")) < 0 ? name + "（" + place + "）" : name;
  }

  var TITLES = { unit: "责任单位", role: "职责", plan: "方案", jurisdiction: "行政区", deadline: "完成期限", status: "进展状态" };

  function renderFacets() {
    var focused = document.activeElement && document.activeElement.getAttribute("data-focus-key");
    var html = "";
    FACETS.forEach(function (facet) {
      var opts = options(facet).filter(function (o) { return o.count || o.checked; });
      var hiddenCount = 0;
      if (facet === "unit") {
        if (unitFilter) {
          var f = window.PPTokenize.fold(unitFilter);
          opts = opts.filter(function (o) { return o.checked || window.PPTokenize.fold(o.label).indexOf(f) >= 0; });
        }
        if (!showAllUnits && opts.length > UNITS_SHOWN) {
          hiddenCount = opts.length - UNITS_SHOWN;
          opts = opts.slice(0, UNITS_SHOWN);
        }
      }
      html += '<fieldset class="pp-facet" data-facet="' + facet + '"><legend>' + TITLES[facet] + "</legend>";
      if (facet === "unit") {
        html += '<label class="pp-facet__filter"><span class="pp-visually-hidden">筛选单位名称</span>' +
          '<input type="search" placeholder="输入单位名称筛选" value="' + S.escape(unitFilter) + '" data-focus-key="unit-filter"></label>';
      }
      if (!opts.length) html += '<p class="pp-facet__none">无可选项</p>';
      html += '<ul class="pp-facet__list">';
      opts.forEach(function (o) {
        var key = facet + ":" + o.value;
        html += '<li class="pp-facet__item' + (o.depth ? " pp-facet__item--sub" : "") + '"><label>' +
          '<input type="checkbox" name="' + facet + '" value="' + S.escape(o.value) + '"' + (o.checked ? " checked" : "") +
          ' data-focus-key="' + S.escape(key) + '"> <span class="pp-facet__label">' + S.escape(o.label) +
          '</span> <span class="pp-facet__count" data-count="' + o.count + '">' + o.count + "</span></label></li>";
      });
      html += "</ul>";
      if (hiddenCount) html += '<button type="button" class="pp-facet__all md-button" data-focus-key="unit-all">显示其余 ' + hiddenCount + " 个单位</button>";
      html += "</fieldset>";
    });
    facetsBox.innerHTML = html;
    if (focused) {
      var el = facetsBox.querySelector('[data-focus-key="' + cssEscape(focused) + '"]');
      if (el) el.focus();
    }
  }

  function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, "\\$&"); }

  function renderChips() {
    var html = "";
    FACETS.forEach(function (facet) {
      state[facet].forEach(function (v) {
        html += '<li><button type="button" class="pp-chip" data-facet="' + facet + '" data-value="' + S.escape(v) +
          '" aria-label="取消筛选：' + S.escape(TITLES[facet] + " " + labelOf(facet, v)) + '">' +
          S.escape(labelOf(facet, v)) + ' <span aria-hidden="true">×</span></button></li>';
      });
    });
    if (state.q) {
      html += '<li><button type="button" class="pp-chip" data-facet="q" aria-label="取消关键词：' + S.escape(state.q) + '">“' +
        S.escape(state.q) + '” <span aria-hidden="true">×</span></button></li>';
    }
    if (html) html += '<li><button type="button" class="pp-chip pp-chip--clear" data-facet="*">清除全部筛选</button></li>';
    chips.innerHTML = html;
  }

  function labelOf(facet, value) {
    if (facet === "unit") return unitIdx[value] !== undefined ? unitLabel(M.units[unitIdx[value]]) : value;
    if (facet === "plan") return planIdx[value] !== undefined ? M.plans[planIdx[value]][1] : value;
    if (facet === "role") return F.roleLabel[value] || value;
    if (facet === "status") return F.statusLabel[value] || value;
    if (facet === "deadline") return F.deadlineLabel[value] || value;
    return value;
  }

  function copy(s) {
    var out = { q: s.q };
    FACETS.forEach(function (f) { out[f] = s[f].slice(); });
    return out;
  }

  facetsBox.addEventListener("change", function (e) {
    var box = e.target;
    if (box.type !== "checkbox") return;
    var s = copy(state), values = s[box.name];
    if (box.checked) { if (values.indexOf(box.value) < 0) values.push(box.value); }
    else s[box.name] = values.filter(function (v) { return v !== box.value; });
    navigate(s);
  });
  facetsBox.addEventListener("input", function (e) {
    if (e.target.type !== "search") return;
    unitFilter = e.target.value;
    renderFacets();
  });
  facetsBox.addEventListener("click", function (e) {
    if (!e.target.classList.contains("pp-facet__all")) return;
    showAllUnits = true;
    renderFacets();
  });
  chips.addEventListener("click", function (e) {
    var b = e.target.closest("button");
    if (!b) return;
    var s = copy(state), facet = b.getAttribute("data-facet");
    if (facet === "*") s = parse("");
    else if (facet === "q") s.q = "";
    else s[facet] = s[facet].filter(function (v) { return v !== b.getAttribute("data-value"); });
    navigate(s);
    input.focus();
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var s = copy(state);
    s.q = input.value.trim();
    navigate(s);
  });
  more.addEventListener("click", function () {
    var first = view.shown;
    page().then(function () {
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) link.focus();
    });
  });
  exportButton.addEventListener("click", function () {
    exportButton.disabled = true;
    engine.docs(view.results).then(function (docs) {
      var rows = [["任务编号", "方案", "序号", "任务", "牵头单位", "配合及其他单位", "完成期限", "进展状态", "行政区", "链接"]];
      docs.forEach(function (d) {
        rows.push([d.id, d.plan[1], d.number, d.title, d.lead.join("、"), d.others.join("、"), d.deadlines,
          F.statusLabel[F.status[d.ord]], F.jurisdictions[F.jurisdiction[d.ord]], root + "tasks/" + d.id + "/"]);
      });
      var csv = rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
      var blob = new Blob(["\ufeff" + csv], { type: "text/csv;charset=utf-8" });
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = "任务查找结果.csv";
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }).finally(function () { exportButton.disabled = false; });
  });

  function csvCell(v) {
    v = v == null ? "" : String(v);
    if (/^[=+\-@]/.test(v)) v = "'" + v;  // keep spreadsheet programs from reading a formula
    return '"' + v.replace(/"/g, '""') + '"';
  }

  window.addEventListener("popstate", function () {
    state = parse(location.search);
    update();
  });

  engine.ready.then(function () {
    M = engine.manifest;
    return engine.getJSON(engine.base + "finder.json");
  }).then(function (data) {
    F = data;
    M.units.forEach(function (u, i) { unitIdx[u[0]] = i; });
    M.plans.forEach(function (p, i) { planIdx[p[0]] = i; });
    F.roleCode = {}; F.roleLabel = {}; F.statusLabel = {}; F.deadlineLabel = {};
    F.roles.forEach(function (r, i) { F.roleCode[r[0]] = i; F.roleLabel[r[0]] = r[1]; });
    F.statuses.forEach(function (s) { F.statusLabel[s[0]] = s[1]; });
    F.deadlines.forEach(function (d) { F.deadlineLabel[d[0]] = d[1]; });
    state = parse(location.search);
    update();
  }).catch(function (err) {
    status.textContent = "数据加载失败，请刷新页面重试。（" + err.message + "）";
    app.setAttribute("data-state", "error");
  });
})();
