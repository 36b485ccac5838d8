/* planportal search engine: the sharded lunr index, in the browser.

   index/manifest.json   counts, shard count, chunk size, abbreviations, plans and units
                         (names, jurisdictions, task counts) for display and name search
   index/s<N>.json       shard N: the packed postings (with lunr.py's BM25 weights) of the
                         terms hashed to N
   index/d<N>.json       documents N*chunk … N*chunk+chunk-1 (what a result shows)
   t2s.txt               traditional -> simplified character pairs (from OpenCC)

   A query fetches only the shards of its terms; each term is looked up in its shard, scored
   as lunr.js scores a one-term query, and the results are ANDed here; scores (global BM25
   weights) add up. */
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

  /* Shard n as {term: [postings per field]}: each field's postings are "ref:weight,…", the
     weight in thousandths as lunr.py stored it in the field vectors. */
  Engine.prototype.shard = function (n) {
    if (!this.shards[n]) {
      this.shards[n] = this.getJSON(this.base + "s" + n + ".json").then(function (packed) {
        var terms = Object.create(null);
        packed.terms.forEach(function (row) { terms[row[0]] = row[1]; });
        return { fields: packed.fields, terms: terms };
      });
    }
    return this.shards[n];
  };

  /* {ref: {score, fields}} for one term in its shard: what lunr.js's Index#query gives for a
     one-term query (the query vector has one element of weight 1, so a field's score is the
     stored weight, and a document's score is the sum over its matching fields), without
     rebuilding a lunr.Index from the shard. */
  function searchTerm(shard, term) {
    var out = Object.create(null), row = shard.terms[term];
    if (!row) return out;
    shard.fields.forEach(function (f, i) {
      if (!row[i]) return;
      row[i].split(",").forEach(function (item) {
        var colon = item.indexOf(":"), ref = item.slice(0, colon);
        var m = out[ref] || (out[ref] = { score: 0, fields: Object.create(null) });
        m.score += parseInt(item.slice(colon + 1), 10) / 1000;
        m.fields[f] = true;
      });
    });
    return out;
  }

  /* The query's variants (tokenize queryVariants: abbreviations swapped) with their terms. */
  function variants(query) {
    return T.queryVariants(query).map(function (v) {
      return { text: v.replace(/\s+/g, ""), terms: T.queryTerms(v) };
    }).filter(function (v) { return v.terms.length; });
  }

  /* -> {terms, hits: [{ord, score, tier}]}.
     A task is a hit when it holds every term of one of the query's variants (AND within a
     variant, OR across). Tier 2: every term in the title; 1: every term in the title or
     the units; 0: otherwise. A task takes its best variant (tier, then score). Sorted by
     tier, score, then data order. */
  Engine.prototype.search = function (query) {
    var self = this;
    return this.ready.then(function () {
      var vs = variants(query), m = self.manifest, terms = [];
      vs.forEach(function (v) { v.terms.forEach(function (t) { if (terms.indexOf(t) < 0) terms.push(t); }); });
      if (!vs.length) return { terms: [], hits: [] };
      return Promise.all(terms.map(function (t) { return self.shard(T.shardOf(t, m.shards, m.characterShards)); }))
        .then(function (shards) {
          var postings = Object.create(null), refs = Object.create(null), best = Object.create(null);
          terms.forEach(function (t, i) {
            postings[t] = searchTerm(shards[i], t);
            refs[t] = Object.keys(postings[t]);
          });
          vs.forEach(function (v) {
            var per = v.terms.map(function (t) { return postings[t]; });
            var rarest = v.terms.reduce(function (a, b) { return refs[b].length < refs[a].length ? b : a; });
            refs[rarest].forEach(function (ref) {
              var score = 0, inTitle = true, inUnits = true;
              for (var k = 0; k < per.length; k++) {
                var hit = per[k][ref];
                if (!hit) return;
                score += hit.score;
                if (!hit.fields.title) inTitle = false;
                if (!(hit.fields.title || hit.fields.lead || hit.fields.units)) inUnits = false;
              }
              var tier = inTitle ? 2 : inUnits ? 1 : 0, old = best[ref];
              if (!old || tier > old.tier || tier === old.tier && score > old.score) {
                best[ref] = { ord: parseInt(ref, 36), score: score, tier: tier };
              }
            });
          });
          var hits = Object.keys(best).map(function (ref) { return best[ref]; });
          hits.sort(function (a, b) { return b.tier - a.tier || b.score - a.score || a.ord - b.ord; });
          return { terms: T.queryTerms(query), hits: hits };
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
          var folded = T.fold(n).replace(/\s+/g, "");
          var tokens = cache[n] || (cache[n] = T.indexTokens(n).reduce(function (set, t) { set[t] = true; return set; }, {}));
          vs.forEach(function (v) {
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
    if (!this.chunks[c]) this.chunks[c] = this.getJSON(this.base + "d" + c + ".json");
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
