/* planportal search engine: the sharded lunr index, in the browser.

   index/manifest.json   counts, shard count, chunk size, plans and units for display
   index/s<N>.json       shard N: a packed serialized lunr index of the terms hashed to N
   index/d<N>.json       documents N*chunk … N*chunk+chunk-1 (what a result shows)
   t2s.txt               traditional -> simplified character pairs (from OpenCC)

   A query fetches only the shards of its terms; each term is searched with lunr in its
   shard and the results are ANDed here; scores (global BM25 weights) add up. */
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

  /* The packed shard -> lunr's serialized form -> lunr.Index. */
  function unpack(packed) {
    var fields = packed.fields, inverted = [], vectors = Object.create(null), order = [];
    packed.terms.forEach(function (row, n) {
      var posting = { _index: n };
      fields.forEach(function (f, i) {
        var map = {};
        if (row[1][i]) row[1][i].split(",").forEach(function (item) {
          var colon = item.indexOf(":"), ref = item.slice(0, colon), key = f + "/" + ref;
          map[ref] = {};
          if (!vectors[key]) { vectors[key] = []; order.push(key); }
          vectors[key].push(n, parseInt(item.slice(colon + 1), 10) / 1000);
        });
        posting[f] = map;
      });
      inverted.push([row[0], posting]);
    });
    return {
      version: "2.3.9", fields: fields, invertedIndex: inverted, pipeline: [],
      fieldVectors: order.map(function (k) { return [k, vectors[k]]; })
    };
  }

  Engine.prototype.shard = function (n) {
    if (!this.shards[n]) {
      this.shards[n] = this.getJSON(this.base + "s" + n + ".json").then(function (packed) {
        return lunr.Index.load(unpack(packed));
      });
    }
    return this.shards[n];
  };

  /* {ref: {score, fields}} for one term in its shard. */
  function searchTerm(index, term) {
    var out = Object.create(null);
    index.query(function (q) {
      q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
    }).forEach(function (r) {
      var fields = Object.create(null);
      Object.keys(r.matchData.metadata).forEach(function (t) {
        Object.keys(r.matchData.metadata[t]).forEach(function (f) { fields[f] = true; });
      });
      out[r.ref] = { score: r.score, fields: fields };
    });
    return out;
  }

  /* -> {terms, hits: [{ord, score, tier}], perTerm: [{term, count}]}.
     All terms must match (AND). Tier 2: every term in the title; 1: every term in the
     title or the units; 0: otherwise. Sorted by tier, score, then data order. */
  Engine.prototype.search = function (query) {
    var self = this;
    return this.ready.then(function () {
      var terms = T.queryTerms(query);
      if (!terms.length) return { terms: terms, hits: [], perTerm: [] };
      var m = self.manifest;
      return Promise.all(terms.map(function (t) { return self.shard(T.shardOf(t, m.shards, m.characterShards)); }))
        .then(function (indexes) {
          var per = terms.map(function (t, i) { return searchTerm(indexes[i], t); });
          var sizes = per.map(function (m) { return Object.keys(m).length; });
          var order = per.map(function (_, i) { return i; }).sort(function (a, b) { return sizes[a] - sizes[b]; });
          var hits = [];
          Object.keys(per[order[0]]).forEach(function (ref) {
            var score = 0, inTitle = true, inUnits = true;
            for (var k = 0; k < per.length; k++) {
              var m = per[k][ref];
              if (!m) return;
              score += m.score;
              if (!m.fields.title) inTitle = false;
              if (!(m.fields.title || m.fields.lead || m.fields.units)) inUnits = false;
            }
            hits.push({ ord: parseInt(ref, 36), score: score, tier: inTitle ? 2 : inUnits ? 1 : 0 });
          });
          hits.sort(function (a, b) { return b.tier - a.tier || b.score - a.score || a.ord - b.ord; });
          return {
            terms: terms, hits: hits,
            perTerm: terms.map(function (t, i) { return { term: t, count: sizes[i] }; })
          };
        });
    });
  };

  /* Document records for ordinals, in the given order:
     {ord, id, title, number, plan: [id, title], lead: [name], others: [name], deadlines, text} */
  Engine.prototype.docs = function (ords) {
    var self = this, size = this.manifest.chunk, need = {};
    ords.forEach(function (o) { need[Math.floor(o / size)] = true; });
    return Promise.all(Object.keys(need).map(function (c) {
      if (!self.chunks[c]) self.chunks[c] = self.getJSON(self.base + "d" + c + ".json");
      return self.chunks[c];
    })).then(function () {
      return Promise.all(ords.map(function (o) { return self.chunks[Math.floor(o / size)]; }));
    }).then(function (chunks) {
      return ords.map(function (o, i) { return self.record(o, chunks[i][o % size]); });
    });
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

  /* Ranges [start, end) of `text` that match the query: whole query runs first; a Chinese
     run not found whole is marked by its bigrams. */
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
    T.querySegments(query).forEach(function (seg) {
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
