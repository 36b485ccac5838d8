/* planportal search tokenizer: the twin of generator/planportal/search/tokenize.py.
   Both must give identical tokens for any text (tests compare them). */
(function (root, factory) {
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.PPTokenize = api;
})(this, function () {
  "use strict";
  var HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";
  var HAN_RE = new RegExp("^[" + HAN + "]");
  var MAX_VARIANTS = 8;
  var t2s = Object.create(null);
  var cache = Object.create(null);
  var abbreviations = [];

  /* The traditional -> simplified map, shipped as pairs of characters (t2s.txt). */
  function setT2S(pairs) {
    t2s = Object.create(null);
    cache = Object.create(null);
    var cs = Array.from(pairs);
    for (var i = 0; i + 1 < cs.length; i += 2) t2s[cs[i]] = cs[i + 1];
  }

  /* The groups of equivalent unit-name forms (tokenize.py ABBREVIATIONS, from the manifest). */
  function setAbbreviations(groups) {
    abbreviations = groups || [];
  }

  function foldChar(c) {
    var hit = cache[c];
    if (hit !== undefined) return hit;
    var n = Array.from(c.normalize("NFKC").toLowerCase()), out = "";
    for (var i = 0; i < n.length; i++) out += t2s[n[i]] || n[i];
    cache[c] = out;
    return out;
  }

  /* Iterate by code point, as Python iterates a str. */
  function chars(text) {
    return Array.from(text || "");
  }

  function fold(text) {
    return chars(text).map(foldChar).join("");
  }

  /* The folded text and, per folded position (UTF-16 unit), the original UTF-16 index. */
  function foldMap(text) {
    var out = "", origin = [], pos = 0;
    chars(text).forEach(function (c) {
      var f = foldChar(c);
      out += f;
      for (var i = 0; i < f.length; i++) origin.push(pos);
      pos += c.length;
    });
    return { text: out, origin: origin, length: pos };
  }

  function runs(folded) {
    var re = new RegExp("([" + HAN + "]+)|([a-z0-9]+(?:\\.[0-9]+)*)", "g"), m, out = [];
    while ((m = re.exec(folded))) out.push({ han: m[1], word: m[2], text: m[0], index: m.index });
    return out;
  }

  function indexTokens(text) {
    var tokens = [];
    runs(fold(text)).forEach(function (r) {
      if (r.word) tokens.push(r.word);
      else {
        for (var i = 0; i + 1 < r.han.length; i++) tokens.push(r.han.slice(i, i + 2));
        for (var j = 0; j < r.han.length; j++) tokens.push(r.han[j]);
      }
    });
    return tokens;
  }

  /* Terms, deduplicated, in query order; all are ANDed. */
  function queryTerms(query) {
    var terms = [];
    runs(fold(query)).forEach(function (r) {
      var found = [];
      if (r.word) found.push(r.word);
      else if (r.han.length === 1) found.push(r.han);
      else for (var i = 0; i + 1 < r.han.length; i++) found.push(r.han.slice(i, i + 2));
      found.forEach(function (t) { if (terms.indexOf(t) < 0) terms.push(t); });
    });
    return terms;
  }

  /* The folded query, then its rewrites with abbreviations swapped (query_variants). */
  function queryVariants(query) {
    var variants = [fold(query)];
    abbreviations.forEach(function (group) {
      var out = [];
      variants.forEach(function (v) {
        if (out.indexOf(v) < 0) out.push(v);
        var found = "";
        group.forEach(function (form) {
          if (v.indexOf(form) >= 0 && form.length > found.length) found = form;
        });
        if (!found) return;
        group.forEach(function (form) {
          if (form === found) return;
          var w = v.split(found).join(form);
          if (out.indexOf(w) < 0) out.push(w);
        });
      });
      variants = out.slice(0, MAX_VARIANTS);
    });
    return variants;
  }

  function querySegments(query) {
    return runs(fold(query)).map(function (r) { return r.text; });
  }

  /* A single Chinese character (indexed for one-character queries only). */
  function isCharacter(term) {
    return term.length === 1 && HAN_RE.test(term);
  }

  /* 32-bit FNV-1a over UTF-16 code units. */
  function fnv1a(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }

  /* Shards 0…shards-1 hold words and bigrams; the next characterShards hold single characters. */
  function shardOf(term, shards, characterShards) {
    if (isCharacter(term)) return shards + fnv1a(term) % (characterShards || 1);
    return fnv1a(term) % shards;
  }

  return {
    setT2S: setT2S, setAbbreviations: setAbbreviations, fold: fold, foldMap: foldMap, indexTokens: indexTokens,
    queryTerms: queryTerms, queryVariants: queryVariants, querySegments: querySegments, isCharacter: isCharacter,
    fnv1a: fnv1a, shardOf: shardOf
  };
});
