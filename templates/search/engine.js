/* planportal search engine: the sharded lunr index, in the browser.

   index/manifest.json   counts, shard count, chunk size, plans and units for display
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
