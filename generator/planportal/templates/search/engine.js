/* planportal search engine: the sharded lunr index, in the browser.

   index/manifest.json   counts, shard count, chunk size, abbreviations, plans and units
                         (names, jurisdictions, task counts) for display and name search
   index/s<N>.json       shard N: per term hashed to N, its task counts and the first page of
                         its postings (one per task, lunr.py's BM25 weights summed), ordered
                         by tier and weight
   index/p<N>-<i>-<k>.json  page k of the postings of term i of shard N (twice the size of
                         the page before)
   index/d<N>.json       documents N*chunk … N*chunk+chunk-1 (what a result shows)
   t2s.txt               traditional -> simplified character pairs (from OpenCC)

   A query fetches only the shards of its terms, and further pages of a term's postings only
   until its first results are decided; each term scores a task as lunr.js scores a
   one-term query, and the results are ANDed here; scores (global BM25 weights) add up. */
(function () {
  "use strict";
  var T = window.PPTokenize;
  var script = document.currentScript;
  var HERE = script ? script.src : location.href;

  function Engine(version) {
    this.version = version || "";
    this.base = new URL("index/", HERE).href;
    this.shards = Object.create(null);
    this.chunks = Object.create(null);
    var self = this;
    this.ready = Promise.all([
      this.getJSON(this.base + "manifest.json"),
      fetch(new URL("t2s.txt", HERE).href + this.suffix()).then(function (r) {
        if (!r.ok) throw new Error(r.status + " t2s.txt");
        return r.text();
      })
    ]).then(function (got) {
      self.manifest = got[0];
      T.setT2S(got[1]);
      T.setAbbreviations(got[0].abbreviations);
      return self;
    });
  }

  Engine.prototype.suffix = function () {
    return this.version ? "?v=" + encodeURIComponent(this.version) : "";
  };

  Engine.prototype.getJSON = function (url) {
    return fetch(url + this.suffix()).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + url);
      return r.json();
    });
  };

  /* Shard n as {term: position}, with its rows: [term, [df2, df1, df0], [max2, max1, max0],
     first page, further pages] (paged.py). A page is "ref:weight,…" for tier 2 (the term in
     the title), 1 (in the units) and 0 (elsewhere), ordered by tier, weight, then ordinal;
     the weight is the term's one-term lunr score in thousandths (its fields' stored BM25
     weights summed). */
  Engine.prototype.shard = function (n) {
    if (!this.shards[n]) {
      kept(this.shards, n, this.getJSON(this.base + "s" + n + ".json").then(function (packed) {
        var at = Object.create(null);
        packed.terms.forEach(function (row, i) { at[row[0]] = i; });
        return { at: at, rows: packed.terms };
      }));
    }
    return this.shards[n];
  };

  /* cache[key] = promise, forgotten if it fails: a fetch that failed (the network, a query
     fetched ahead while typing) is made again by the next query that needs it. */
  function kept(cache, key, promise) {
    cache[key] = promise;
    promise.catch(function () { if (cache[key] === promise) delete cache[key]; });
    return promise;
  }

  var TIERS = [2, 1, 0];
  /* A rank key is one number, tier * SCALE + weight (weight in thousandths): keys compare as
     (tier, weight) pairs do, and ranking a large portal's postings allocates no pair per
     posting. A posting's key (one term's weight, under 2^20) is stored with SCALE 2^26, a
     small integer to the JavaScript engine (no heap number per posting); a task's key in a
     query (weights summed over its terms) with RANK, far above any sum. */
  var SCALE = 67108864, RANK = 1099511627776;  // 2^26, 2^40

  function tierOf(key) { return Math.floor(key / SCALE); }

  /* One term's loaded postings: hits {ord: posting key}, the key of the last loaded posting,
     pages loaded of `pages`. Shared by every query of the page. */
  function Term(row, shard, position) {
    row = row || ["", [0, 0, 0], [0, 0, 0], ["", "", ""], 0];
    this.shard = shard;
    this.position = position;
    this.counts = row[1];
    this.tops = row[2];
    this.df = row[1][0] + row[1][1] + row[1][2];
    this.pages = row[4];
    this.loaded = 0;
    this.hits = new Map();
    this.last = 3 * SCALE;
    this.add(row[3]);
  }

  /* A page: "ref:weight,…" per tier, ref in base 36, read character by character. */
  Term.prototype.add = function (page) {
    this.best = null;
    for (var i = 0; i < 3; i++) {
      var text = page[i], n = text ? text.length : 0, pos = 0, base = TIERS[i] * SCALE;
      while (pos < n) {
        var ord = 0, weight = 0, c;
        while ((c = text.charCodeAt(pos++)) !== 58) ord = ord * 36 + (c < 58 ? c - 48 : c - 87);  // up to ":"
        while (pos < n && (c = text.charCodeAt(pos++)) !== 44) weight = weight * 10 + c - 48;  // up to ","
        this.hits.set(ord, base + weight);
        this.last = base + weight;
      }
    }
  };

  Term.prototype.done = function () { return this.loaded >= this.pages; };

  /* The largest weight a task not yet seen here can have at a tier of at least `level`
     (-1: no such task is left). */
  Term.prototype.unseenBest = function (level) {
    var memo = this.best || (this.best = [undefined, undefined, undefined]);
    if (memo[level] === undefined) memo[level] = this.computeBest(level);
    return memo[level];
  };

  Term.prototype.computeBest = function (level) {
    if (this.done()) return -1;
    var best = -1, lastTier = tierOf(this.last), lastWeight = this.last - lastTier * SCALE;
    for (var i = 0; i < 3; i++) {
      var tier = TIERS[i];
      if (tier < level || !this.counts[i] || tier > lastTier) continue;
      best = Math.max(best, tier === lastTier ? lastWeight : this.tops[i]);
    }
    return best;
  };

  var got = [];  // scratch: one task's keys in a variant's terms

  /* The rank key of task `ord` in a variant (its terms), or -1 when a term lacks it. */
  function exact(terms, ord) {
    var tier = 2, total = 0;
    for (var k = 0; k < terms.length; k++) {
      var key = terms[k].hits.get(ord);
      if (key === undefined) return -1;
      var t = tierOf(key);
      if (t < tier) tier = t;
      total += key - t * SCALE;
    }
    return tier * RANK + total;
  }

  /* The best rank key task `ord` (null: a task seen in no term) can still reach in a
     variant, or -1. */
  function bound(terms, ord) {
    for (var k = 0; k < terms.length; k++) got[k] = ord === null ? undefined : terms[k].hits.get(ord);
    for (var l = 0; l < 3; l++) {
      var level = TIERS[l], total = 0;
      for (k = 0; k < terms.length; k++) {
        var key = got[k];
        if (key !== undefined) {
          var t = tierOf(key);
          if (t < level) break;
          total += key - t * SCALE;
        } else {
          var w = terms[k].unseenBest(level);
          if (w < 0) break;
          total += w;
        }
      }
      if (k === terms.length) return level * RANK + total;
    }
    return -1;
  }

  function hit(ord, key) {
    var tier = Math.floor(key / RANK);
    return { ord: ord, score: (key - tier * RANK) / 1000, tier: tier };
  }

  /* The terms whose loaded postings hold every task that can still be a hit of a variant:
     a term with every page loaded holds them all (the one with fewest postings), else each
     term's loaded postings, together. */
  function candidates(terms) {
    var whole = null;
    terms.forEach(function (t) { if (t.done() && (!whole || t.hits.size < whole.hits.size)) whole = t; });
    return whole ? [whole] : terms;
  }

  /* The k best hits [{ord, score, tier}] if the loaded pages decide them, else null
     (paged.py `decided`: a threshold algorithm over the terms' ordered lists). */
  function decided(lists, k) {
    var seen = new Set(), known = [], restHigh = -1, restOrd = 0;
    function rest(high, ord) {  // the best of the tasks not among the k: highest key, then first ordinal
      if (high > restHigh || high === restHigh && ord < restOrd) { restHigh = high; restOrd = ord; }
    }
    lists.forEach(function (v) {
      candidates(v).forEach(function (t) {
        t.hits.forEach(function (_, o) {
          if (seen.has(o)) return;
          seen.add(o);
          var low = -1, high = -1;
          for (var i = 0; i < lists.length; i++) {
            var e = exact(lists[i], o);
            if (e > low) low = e;
            var b = e >= 0 ? e : bound(lists[i], o);  // a task in every term of the variant: its bound is its key
            if (b > high) high = b;
          }
          if (low >= 0) known.push({ low: low, high: high, ord: o });
          else if (high >= 0) rest(high, o);
        });
      });
    });
    known.sort(function (a, b) { return b.low - a.low || a.ord - b.ord; });
    var best = known.slice(0, k);
    if (best.some(function (e) { return e.high !== e.low; })) return null;
    for (var i = k; i < known.length; i++) rest(known[i].high, known[i].ord);
    var unseen = lists.reduce(function (m, v) { return Math.max(m, bound(v, null)); }, -1);
    var hits = best.map(function (e) { return hit(e.ord, e.low); });
    hits.known = known.length;  // tasks already certain to be hits
    if (best.length < k) return restHigh >= 0 || unseen >= 0 ? null : hits;
    var kth = best[best.length - 1];
    if (restHigh > kth.low || restHigh === kth.low && restOrd < kth.ord) return null;
    if (unseen >= kth.low) return null;
    return hits;
  }

  /* The term's loaded state (its shard fetched once). */
  Engine.prototype.term = function (t) {
    var self = this, m = this.manifest, cache = this.terms || (this.terms = Object.create(null));
    if (!cache[t]) {
      var n = T.shardOf(t, m.shards, m.characterShards);
      kept(cache, t, this.shard(n).then(function (s) {
        var i = s.at[t];
        return new Term(i === undefined ? null : s.rows[i], n, i);
      }));
    }
    return cache[t];
  };

  /* Page k of a term, loaded: fetched once (even for queries run side by side) and added
     after the pages before it, in order. */
  Engine.prototype.page = function (term, k) {
    var self = this;
    term.pending = term.pending || Object.create(null);
    if (k <= term.loaded) return Promise.resolve();
    if (!term.pending[k]) {
      var before = k - 1 > term.loaded ? this.page(term, k - 1) : null;
      var got = this.getJSON(this.base + "p" + term.shard + "-" + term.position + "-" + k + ".json");
      kept(term.pending, k, Promise.all([got, before]).then(function (both) {
        if (term.loaded === k - 1) { term.add(both[0]); term.loaded = k; }
      }));
    }
    return term.pending[k];
  };

  /* The next page of a term. */
  Engine.prototype.more = function (term) {
    return this.page(term, term.loaded + 1);
  };

  /* Every page of a term not loaded yet, fetched all at once. */
  Engine.prototype.rest = function (term) {
    var all = [];
    for (var k = term.loaded + 1; k <= term.pages; k++) all.push(this.page(term, k));
    return Promise.all(all);
  };

  /* The query's variants (tokenize queryVariants: abbreviations swapped) with their terms. */
  function variants(query) {
    return T.queryVariants(query).map(function (v) {
      return { text: v.replace(/\s+/g, ""), terms: T.queryTerms(v) };
    }).filter(function (v) { return v.terms.length; });
  }

  function rank(hits) {
    return hits.sort(function (a, b) { return b.tier - a.tier || b.score - a.score || a.ord - b.ord; });
  }

  /* Every hit, ranked, with every page of the query's terms loaded. */
  function all(lists) {
    var best = new Map();
    lists.forEach(function (v) {
      var rarest = v.reduce(function (a, b) { return b.hits.size < a.hits.size ? b : a; });
      rarest.hits.forEach(function (_, o) {
        var key = exact(v, o), old = best.get(o);
        if (key >= 0 && (old === undefined || key > old)) best.set(o, key);
      });
    });
    var hits = [];
    best.forEach(function (key, o) { hits.push(hit(o, key)); });
    return rank(hits);
  }

  /* -> {terms, hits: [{ord, score, tier}], count, exact}: the first k hits (k omitted: all).
     A task is a hit when it holds every term of one of the query's variants (AND within a
     variant, OR across). Tier 2: every term in the title; 1: every term in the title or
     the units; 0: otherwise. A task takes its best variant (tier, then score). Sorted by
     tier, score, then data order. Pages of a term's postings are fetched only until the
     first k are decided. `count` is the number of hits: exact (`exact`) when it is the
     term's task count (one term) or every page is loaded, else the tasks already known to
     be hits (a lower bound, at least k). With `prefetch`, the document chunks of the first k
     are requested as soon as they are decided (before the rest of the postings, for the
     count, have arrived). */
  Engine.prototype.search = function (query, k, prefetch) {
    var self = this;
    return this.ready.then(function () {
      var vs = variants(query), names = [];
      vs.forEach(function (v) { v.terms.forEach(function (t) { if (names.indexOf(t) < 0) names.push(t); }); });
      if (!vs.length) return { terms: [], hits: [], count: 0, exact: true };
      return Promise.all(names.map(function (t) { return self.term(t); })).then(function (got) {
        var terms = Object.create(null);
        names.forEach(function (t, i) { terms[t] = got[i]; });
        var lists = vs.map(function (v) { return v.terms.map(function (t) { return terms[t]; }); });
        var single = lists.length === 1 && lists[0].length === 1;
        function step() {
          var pending = got.filter(function (t) { return !t.done(); });
          var hits = !pending.length ? all(lists) : k ? decided(lists, k) : null;
          var left = pending.reduce(function (n, t) { return n + t.df - t.hits.size; }, 0);
          // few postings left (manifest.complete, paged.COMPLETE): load them all, for an exact count;
          // the first k are final already, and every page left is needed: all in one round
          if (hits && pending.length && left <= self.manifest.complete && !single) {
            if (prefetch) hits.forEach(function (h) { self.doc(h.ord); });
            return Promise.all(pending.map(function (t) { return self.rest(t); })).then(step);
          }
          if (hits) {
            var count = !pending.length || k && hits.length < k ? hits.length : single ? lists[0][0].df : null;
            return { terms: T.queryTerms(query), hits: k ? hits.slice(0, k) : hits,
                     count: count === null ? hits.known : count, exact: count !== null };
          }
          // undecided: the next page of each term, or every page left when few postings are
          // (manifest.tail, paged.TAIL: fewer round trips), or when every hit is wanted
          var whole = !k || !single && left <= self.manifest.tail;
          return Promise.all(pending.map(function (t) { return whole ? self.rest(t) : self.more(t); })).then(step);
        }
        return step();
      });
    });
  };

  /* Plans and units whose name (a unit's aliases too) holds every term of one of the
     query's variants: {plans: [{id, title, jurisdiction, count}], units: [{id, name,
     jurisdiction, count}]}, each list best first: a name equal to a variant, then one
     containing it whole, then the rest; shorter names first, then data order. */
  Engine.prototype.names = function (query) {
    var self = this;
    return this.ready.then(function () {
      var vs = variants(query), cache = self.nameTokens || (self.nameTokens = Object.create(null));
      function rank(names) {
        var best = -1;
        names.forEach(function (n) {
          var known = cache[n] || (cache[n] = { folded: T.fold(n).replace(/\s+/g, ""), tokens: null });
          var folded = known.folded;
          vs.forEach(function (v) {
            // a name's tokens are pieces of its folded text: most names are out before tokenizing
            if (!v.terms.every(function (t) { return folded.indexOf(t) >= 0; })) return;
            var tokens = known.tokens || (known.tokens = T.indexTokens(n).reduce(function (set, t) {
              set[t] = true;
              return set;
            }, {}));
            if (!v.terms.every(function (t) { return tokens[t]; })) return;
            best = Math.max(best, folded === v.text ? 2 : folded.indexOf(v.text) >= 0 ? 1 : 0);
          });
        });
        return best;
      }
      function found(rows, names, view) {
        return rows.map(function (row, i) { return { row: row, i: i, rank: rank(names(row)) }; })
          .filter(function (e) { return e.rank >= 0; })
          .sort(function (a, b) { return b.rank - a.rank || a.row[1].length - b.row[1].length || a.i - b.i; })
          .map(function (e) { return view(e.row); });
      }
      var m = self.manifest;
      return {
        plans: found(m.plans, function (p) { return [p[1]]; }, function (p) {
          return { id: p[0], title: p[1], jurisdiction: p[2], count: p[3] };
        }),
        units: found(m.units, function (u) { return [u[1]].concat(u[2]); }, function (u) {
          return { id: u[0], name: u[1], jurisdiction: u[3], count: u[4] };
        })
      };
    });
  };

  /* The document record of one ordinal (its chunk fetched once):
     {ord, id, title, number, plan: [id, title, …], lead: [name], others: [name], deadlines, text} */
  Engine.prototype.doc = function (ord) {
    var self = this, c = Math.floor(ord / this.manifest.chunk);
    if (!this.chunks[c]) kept(this.chunks, c, this.getJSON(this.base + "d" + c + ".json"));
    return this.chunks[c].then(function (rows) { return self.record(ord, rows[ord % self.manifest.chunk]); });
  };

  /* Records for ordinals, in the given order (every chunk requested at once). */
  Engine.prototype.docs = function (ords) {
    return Promise.all(ords.map(this.doc, this));
  };

  Engine.prototype.unitName = function (u) {
    return typeof u === "number" ? this.manifest.units[u][1] : u;
  };

  Engine.prototype.record = function (ord, row) {
    var self = this;
    return {
      ord: ord, id: row[0], title: row[1], number: row[2], plan: this.manifest.plans[row[3]],
      lead: row[4].map(function (u) { return self.unitName(u); }),
      others: row[5].map(function (u) { return self.unitName(u); }),
      deadlines: row[6], text: row[7]
    };
  };

  /* --- display helpers shared by the search and finder pages --- */

  function escape(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /* Ranges [start, end) of `text` that match the query or one of its variants: whole runs
     first; a Chinese run not found whole is marked by its bigrams. */
  function matchRanges(text, query) {
    var fm = T.foldMap(text), folded = fm.text, ranges = [];
    function mark(needle) {
      var found = false;
      for (var i = folded.indexOf(needle); needle && i >= 0; i = folded.indexOf(needle, i + 1)) {
        var end = i + needle.length;
        ranges.push([fm.origin[i], end < fm.origin.length ? fm.origin[end] : fm.length]);
        found = true;
      }
      return found;
    }
    var segments = [];
    T.queryVariants(query).forEach(function (v) {
      T.querySegments(v).forEach(function (seg) { if (segments.indexOf(seg) < 0) segments.push(seg); });
    });
    segments.forEach(function (seg) {
      if (!mark(seg) && seg.length > 2 && !/^[a-z0-9.]+$/.test(seg)) {
        for (var i = 0; i + 1 < seg.length; i++) mark(seg.slice(i, i + 2));
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else if (r[1] > r[0]) merged.push([r[0], r[1]]);
    });
    return merged;
  }

  /* HTML of `text` with matches in <mark>; with `width`, a window of about that many
     characters around the first match. */
  function highlight(text, query, width) {
    text = text || "";
    var ranges = query ? matchRanges(text, query) : [], start = 0, end = text.length;
    if (width && text.length > width) {
      var first = ranges.length ? ranges[0][0] : 0;
      start = Math.max(0, Math.min(first - Math.floor(width / 4), text.length - width));
      end = Math.min(text.length, start + width);
    }
    var html = start > 0 ? "…" : "", pos = start;
    ranges.forEach(function (r) {
      var a = Math.max(r[0], start), b = Math.min(r[1], end);
      if (b <= a) return;
      html += escape(text.slice(pos, a)) + "<mark>" + escape(text.slice(a, b)) + "</mark>";
      pos = b;
    });
    html += escape(text.slice(pos, end)) + (end < text.length ? "…" : "");
    return html;
  }

  /* The site root, from the page's data-root (relative, so the site works under a sub-path). */
  function siteRoot(el) {
    return new URL(el.getAttribute("data-root") || "./", location.href).href;
  }

  window.PPSearch = {
    Engine: Engine, escape: escape, highlight: highlight, matchRanges: matchRanges, siteRoot: siteRoot
  };
})();
