/* The search page (search/?q=QUERY): runs the query on load, shows the units and plans whose
   names match, then the count and the tasks with highlighted snippets, and a helpful empty
   state. Each task result is [data-task-id]; each unit or plan [data-unit-id], [data-plan-id]. */
(function () {
  "use strict";
  var S = window.PPSearch, T = window.PPTokenize;
  var PAGE = 20;
  var app = document.getElementById("pp-search");
  if (!app) return;
  var form = app.querySelector("form"), input = app.querySelector("input[name=q]");
  var status = app.querySelector(".pp-search__status"), list = app.querySelector(".pp-results");
  var more = app.querySelector(".pp-more"), empty = app.querySelector(".pp-empty");
  var also = app.querySelector(".pp-search__also");
  var namesBox = app.querySelector(".pp-names"), namesList = namesBox.querySelector("ul");
  var NAMES = 5;  // units and plans shown each
  var root = S.siteRoot(app), engine = new S.Engine(app.getAttribute("data-version"));
  var current = null, shown = 0, run = 0, t0 = 0, firstShown = false;
  app.querySelector(".pp-noscript").hidden = true;
  form.hidden = false;

  function queryOf(loc) {
    return new URLSearchParams(loc.search).get("q") || "";
  }

  function go(query, push) {
    if (push) {
      var url = new URL(location.href);
      url.search = query ? "?q=" + encodeURIComponent(query) : "";
      history.pushState({ q: query }, "", url.href);
    }
    input.value = query;
    document.title = (query ? "“" + query + "”的搜索结果 - " : "") + app.getAttribute("data-title");
    start(query);
  }

  function start(query) {
    var mine = ++run;
    t0 = performance.now();
    firstShown = false;
    app.removeAttribute("data-first-ms");
    app.setAttribute("data-state", "loading");
    list.innerHTML = "";
    more.hidden = true;
    empty.hidden = true;
    also.hidden = true;
    namesBox.hidden = true;
    current = null;
    shown = 0;
    if (!T.queryTerms(query).length) {
      status.textContent = query ? "请输入中文、数字或英文关键词。" : "输入关键词搜索全部任务，例如单位名称、“燃气 隐患”或“2024年底前”。";
      app.setAttribute("data-state", "idle");
      return;
    }
    status.textContent = "正在搜索…";
    var tasks = engine.search(query, PAGE, true);  // first: its fetches start before names are ranked
    var names = engine.names(query).then(function (found) {
      if (mine === run) showNames(query, found);
      return found;
    });
    Promise.all([tasks, names]).then(function (got) {
      if (mine !== run) return;
      var result = got[0], named = namedCount(got[1]);
      current = { query: query, result: result };
      if (!result.hits.length) {
        showEmpty(query, result);
        if (named) status.textContent += "；名称相符的有 " + named + "（见上）";
        finish(mine, 0);
        return;
      }
      status.textContent = foundText(result) + (named ? "，以及名称相符的 " + named : "");
      also.querySelector("a").href = root + "finder/?q=" + encodeURIComponent(query);
      also.hidden = false;
      return page().then(function () { finish(mine, current.result.count); });
    }).catch(function (err) {
      if (mine !== run) return;
      status.textContent = "搜索索引加载失败，请刷新页面重试。（" + err.message + "）";
      app.setAttribute("data-state", "error");
    });
  }

  function namedCount(found) {
    var parts = [];
    if (found.plans.length) parts.push(found.plans.length + " 个方案");
    if (found.units.length) parts.push(found.units.length + " 个单位");
    return parts.join("、");
  }

  /* Units and plans whose names match, above the tasks: a search for a department or a
     plan leads straight to its page. Each is [data-unit-id] or [data-plan-id]. */
  function showNames(query, found) {
    var html = "";
    function entry(kind, attr, id, href, name, jurisdiction, count) {
      return '<li class="pp-name" ' + attr + '="' + S.escape(id) + '"><a href="' + S.escape(href) + '">' +
        '<span class="pp-name__kind">' + kind + "</span>" + S.highlight(name, query) + "</a>" +
        '<span class="pp-name__meta">' + (jurisdiction ? S.escape(jurisdiction) + " · " : "") + count + " 项任务</span></li>";
    }
    function rest(n, what) {
      return n > NAMES ? '<li class="pp-name pp-name--more">另有 ' + (n - NAMES) + " 个" + what + "名称相符</li>" : "";
    }
    found.units.slice(0, NAMES).forEach(function (u) {
      html += entry("单位", "data-unit-id", u.id, root + "units/" + u.id + "/", u.name, u.jurisdiction, u.count);
    });
    html += rest(found.units.length, "单位");
    found.plans.slice(0, NAMES).forEach(function (p) {
      html += entry("方案", "data-plan-id", p.id, root + "plans/" + p.id + "/", p.title, p.jurisdiction, p.count);
    });
    html += rest(found.plans.length, "方案");
    namesList.innerHTML = html;
    namesBox.hidden = !html;
    if (html) markFirst();
  }

  function ms(since) {
    return Math.round((performance.now() - since) * 10) / 10;
  }

  /* data-first-ms: query start to the first result shown (a unit, plan or task). */
  function markFirst() {
    if (firstShown) return;
    firstShown = true;
    app.setAttribute("data-first-ms", String(ms(t0)));
  }

  /* data-ms: query start to all results shown. */
  function finish(mine, count) {
    if (mine !== run) return;
    app.setAttribute("data-ms", String(ms(t0)));
    app.setAttribute("data-count", String(count));
    app.setAttribute("data-state", "done");
  }

  /* The number of hits as the status says it: exact, or "N 项以上" (at least N) while only
     the first results are decided (several common terms on a large portal: the total would
     need every page of their postings). */
  function countText(result) {
    return result.exact ? result.count + " 项" : result.count + " 项以上";
  }

  function foundText(result) {
    return "找到 " + countText(result) + "任务";
  }

  /* The next PAGE results (ranked further if the engine has not decided them yet), each
     shown as soon as it and those ranked above it have arrived. */
  function page() {
    var query = current.query, mine = run, result = current.result;
    if (shown + PAGE <= result.hits.length || result.exact && result.hits.length >= result.count) return show(query, mine);
    return engine.search(query, shown + PAGE, true).then(function (next) {
      if (mine !== run) return;
      current.result = next;
      if (next.exact !== result.exact || next.count !== result.count) {
        status.textContent = status.textContent.replace(foundText(result), foundText(next));
      }
      return show(query, mine);
    });
  }

  function show(query, mine) {
    var hits = current.result.hits.slice(shown, shown + PAGE);
    var done = hits.reduce(function (chain, h) {
      var doc = engine.doc(h.ord);  // every chunk is requested now
      return chain.then(function () { return doc; }).then(function (d) {
        if (mine !== run) return;
        list.appendChild(item(d, query));
        shown++;
        markFirst();
      });
    }, Promise.resolve());
    return done.then(function () {
      if (mine !== run) return;
      var r = current.result, left = r.count - shown;
      more.hidden = r.exact && left <= 0;
      more.textContent = r.exact ? "显示更多（还有 " + left + " 项）" : "显示更多";
    });
  }

  function item(d, query) {
    var li = document.createElement("li");
    li.className = "pp-result";
    li.setAttribute("data-task-id", d.id);
    var units = d.lead.length ? "牵头：" + d.lead.join("、") : d.others.length ? "责任：" + d.others.join("、") : "";
    var meta = [S.escape(d.plan[1])];
    if (units) meta.push(S.highlight(units, query));
    if (d.deadlines) meta.push("期限：" + S.escape(d.deadlines));
    li.innerHTML =
      '<h2 class="pp-result__title"><a href="' + S.escape(root + "tasks/" + d.id + "/") + '">' +
      (d.number ? '<span class="pp-result__number">' + S.escape(d.number) + "</span>" : "") +
      S.highlight(d.title, query) + "</a></h2>" +
      '<p class="pp-result__meta">' + meta.join('<span aria-hidden="true"> · </span>') + "</p>" +
      '<p class="pp-result__snippet">' + S.highlight(d.text, query, 120) + "</p>";
    return li;
  }

  /* No hit: say so, show which words found nothing, offer the query without them,
     units whose names resemble the query, and the finder. */
  function showEmpty(query, result) {
    status.textContent = "没有找到与“" + query + "”相关的任务";
    var tips = [], words = query.trim().split(/\s+/).filter(Boolean);
    if (words.length > 1) {
      var found = Promise.all(words.map(function (w) {
        return engine.search(w, 1).then(function (r) { return { word: w, count: r.hits.length && countText(r) }; });
      }));
      found.then(function (counts) {
        var links = counts.filter(function (c) { return c.count; }).map(function (c) {
          return '<a href="?q=' + encodeURIComponent(c.word) + '">' + S.escape(c.word) + "</a>（" + c.count + "）";
        });
        if (links.length) {
          var li = document.createElement("li");
          li.innerHTML = "这些词不同时出现在任何一项任务中，可以分开搜索：" + links.join("、");
          empty.querySelector("ul").prepend(li);
        }
      });
    }
    var folded = T.fold(query.replace(/\s+/g, ""));
    var units = (engine.manifest.units || []).filter(function (u) {
      return folded.length >= 2 && [u[1]].concat(u[2] || []).some(function (n) {
        var f = T.fold(n);
        return f.indexOf(folded) >= 0 || folded.indexOf(f) >= 0;
      });
    }).slice(0, 8);
    if (units.length) {
      tips.push("名称相近的单位：" + units.map(function (u) {
        return '<a href="' + S.escape(root + "units/" + u[0] + "/") + '">' + S.escape(u[1]) + "</a>";
      }).join("、"));
    }
    tips.push("减少关键词，或换一种说法（例如用单位简称“区应急管理局”、期限“2024年底前”）。");
    tips.push('在<a href="' + S.escape(root + "finder/") + '">任务查找</a>中按单位、方案、期限筛选，或浏览<a href="' +
      S.escape(root + "plans/") + '">全部方案</a>、<a href="' + S.escape(root + "units/") + '">全部单位</a>。');
    empty.innerHTML = "<p>建议：</p><ul>" + tips.map(function (t) { return "<li>" + t + "</li>"; }).join("") + "</ul>";
    empty.hidden = false;
  }

  /* While the reader types (outside an input method's composition), what the query typed so
     far needs is fetched: its terms' shards, the pages that decide its first results and the
     chunks of the first few, so that most of a query's results are there when it is
     submitted. Nothing is shown before the submit; each set of terms is fetched once. */
  var AHEAD_DOCS = 4, ahead = 0, aheadTerms = "";
  function lookAhead() {
    clearTimeout(ahead);
    ahead = setTimeout(function () {
      var query = input.value.trim(), terms = T.queryTerms(query).join(" ");
      if (!terms || terms === aheadTerms || (current && current.query === query)) return;
      aheadTerms = terms;
      engine.search(query, PAGE).then(function (r) {
        r.hits.slice(0, AHEAD_DOCS).forEach(function (h) { engine.doc(h.ord).catch(function () {}); });
      }).catch(function () {});  // a failed fetch is tried again by the query itself
    }, 60);
  }
  input.addEventListener("input", function (e) { if (!e.isComposing) lookAhead(); });
  input.addEventListener("compositionend", lookAhead);

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(ahead);
    go(input.value.trim(), true);
  });
  more.addEventListener("click", function () {
    var first = shown;
    page().then(function () {
      var next = list.children[first];
      var link = next && next.querySelector("a");
      if (link) link.focus();
    });
  });
  window.addEventListener("popstate", function () { go(queryOf(location), false); });
  go(queryOf(location), false);
})();
