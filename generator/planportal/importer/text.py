"""Source text cleanup: lines, width folding, pinyin glosses, page furniture and metadata.

Everything here is a pure function of the text. Lines keep their 1-based number
as `cat -n` counts them; `text` is what the page shows (glosses stripped,
original characters kept), `fold` is the same string with full-width ASCII
folded to half-width and traditional characters folded to simplified,
character for character, so a regex match on `fold` slices `text` at the
same offsets.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# 網(wǎng): a character followed by its pinyin in brackets, glued in by a
# "pinyin annotation" page script. One tone mark at least, so "(a)" or "(b)" stays.
_GLOSS = re.compile(rf"[(（]([a-z{_TONED}]{{1,7}})[)）]")


@functools.lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc

        return opencc.OpenCC("t2s").convert
    except Exception:  # pragma: no cover - opencc is a declared dependency
        return lambda s: s


@functools.lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """The form rules match on, the same length as s: full-width ASCII, the ideographic space and the
    small form variants (﹒ ﹑ ﹙﹚) to the usual marks, traditional characters to simplified
    (OpenCC), so a match on the fold slices s at the same offsets and keeps the characters as published."""
    half = _width(_shifted_number(s))
    if not any("\u3400" <= c <= "\u9fff" for c in half):
        return half
    simple = _t2s()(half)
    return simple if len(simple) == len(half) else half


# ?。ㄒ唬┚o扣…: a GBK page read one byte off from its full-width indent on, so "　(一)紧扣" shows as "?" (the
# indent's lost byte), "。", then a character of the GBK row A8 (pinyin letters, bopomofo) whose second byte is the
# numeral's first, a character holding the numeral's second byte (lost for some), and a box-drawing character
# holding the closing bracket's second byte. The numeral is read back from its byte; the run folds to "(一)".
_SHIFTED = re.compile(r"\?。(\S)(\S?)[\u2500-\u257f]")
_NUMERAL_LEAD = {c.encode("gbk")[0]: c for c in "一二三四五六七八九十"}


def _shifted_number(s: str) -> str:
    m = _SHIFTED.match(s)
    if not m:
        return s
    try:
        row, lead = m.group(1).encode("gbk")
    except (UnicodeEncodeError, ValueError):
        return s
    numeral = _NUMERAL_LEAD.get(lead) if row == 0xA8 else None
    if numeral is None:
        return s
    return f"({numeral})".ljust(m.end()) + s[m.end():]


def _width(s: str) -> str:
    out = []
    for c in s:
        o = ord(c)
        if 0xFF01 <= o <= 0xFF5E:
            out.append(chr(o - 0xFEE0))
        elif c == "\u3000":
            out.append(" ")
        elif 0xFE50 <= o <= 0xFE6B:
            # small form variants (1﹒ 2﹒, ﹑, ﹙…﹚): punctuation some pages set small, read as the usual mark
            small = unicodedata.normalize("NFKC", c)
            out.append(small if len(small) == 1 else c)
        else:
            out.append(c)
    return "".join(out)


# 總?cè)藬?shù): a gloss whose character and opening bracket were lost to the page's encoding
_BROKEN_GLOSS = re.compile(rf"(?<=\?)([a-z{_TONED}]{{1,7}})[)）]")
_MANGLED = re.compile(r"[\u3400-\u9fff]\?|\?[\u3400-\u9fff\ue000-\uf8ff]|\ufffd")


# 工(gong)作, 各(ge)(ge)(ge)區: a converter that writes its glosses without tone marks. Toneless, a gloss is known by
# its shape alone: one pinyin syllable (an initial, or none, then a final), two letters or more, in brackets glued
# straight after a Chinese character or after such a gloss (the converter repeats them: 各(ge)(ge)). A bracket of
# letters that is no syllable ((app), (pdf), (abc)) or stands after anything else ((a)、(b), 1(ab)) stays.
_SYLLABLE = re.compile(
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|"
    r"ve|üe|ue|vn|ün|a|e|i|o|u|v|ü)"
)
_TONELESS_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])((?:[(（][a-zü]{2,6}[)）])+)")


def _toneless(m: re.Match) -> str:
    run = m.group(1)
    kept = ""
    for g in re.finditer(r"[(（]([a-zü]{2,6})[)）]", run):
        if kept or not _SYLLABLE.fullmatch(g.group(1)):
            kept += g.group(0)  # after a bracket that is no gloss, the rest of the run is kept as written
    return kept


def strip_glosses(s: str) -> str:
    s = _GLOSS.sub(lambda m: "" if any(c in _TONED for c in m.group(1)) else m.group(0), s)
    s = _BROKEN_GLOSS.sub(lambda m: "" if any(c in _TONED for c in m.group(1)) else m.group(0), s)
    return _TONELESS_GLOSS.sub(_toneless, s) if "(" in s or "（" in s else s


def mangled(s: str) -> bool:
    """A character lost to encoding: "?" inside Chinese text, or U+FFFD."""
    return bool(_MANGLED.search(s))


def count_glosses(s: str) -> int:
    return sum(1 for m in _GLOSS.finditer(s) if any(c in _TONED for c in m.group(1)))


def private_use(s: str) -> list[str]:
    return sorted({c for c in s if unicodedata.category(c) == "Co"})


@dataclass(frozen=True)
class Line:
    no: int  # 1-based, as cat -n counts
    text: str  # stripped, glosses removed, original characters
    fold: str  # text with full-width ASCII folded (same length)

    @property
    def blank(self) -> bool:
        return not self.text


# a mirror that lost the non-breaking spaces indenting a heading writes each as "?" (???(一)第一检查督导组;, ??四、检查督导
# 要求): a run of them before an item's number is the indent, not text
_LOST_INDENT = re.compile(r"^[?？]+(?=[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d))")
# …and the one it writes before a notice's title, where the page indented it (?廣東省人民政府辦公廳關于印發…的通知):
# the indent, not the title's first character
_LOST_TITLE_INDENT = re.compile(r"^[?？]+(?=[\u4e00-\u9fff][^。;；]{6,80}(?:通知|方案|意见|要点|计划|規劃|规划|意見|計劃|要點)$)")
# …and the ones it writes for the spaces a title block sets inside the kind of document on its own line (通 ?知, 通??知):
# the spaces they stood for (通  知)
_LOST_KIND_SPACE = re.compile(r"^(通|意|决|決|公)[ \t\u3000\xa0]*[?？]+[ \t\u3000\xa0]*(知|见|見|定|告)$")
# a Word page's XML namespace declaration left glued to a line (舞阳县人民政府办公室<?xml:namespace prefix = o ns =
# "urn:schemas-microsoft-com:office:office" />): markup, not text
_XML_NAMESPACE = re.compile(r"<\?xml:namespace[^>]*/?>")
# a page's HTML kept in a copy (<p>各市、县人民政府…</p><p style="text-align: right;"> 山西省人民政府</p><p><br/></p>
# <p style="text-align: center;"><strong>…实施方案</strong></p>): the paragraph, line-break and emphasis tags are
# markup, not text; where they part paragraphs they stand for the breaks a page shows, read as a space between them
_HTML_TAG = re.compile(r"</?(?:p|br|strong|b|span|div|em|font|center)(?:\s[^<>]*)?\s*/?>", re.I)


def _html_unmarked(text: str) -> str:
    """A line that holds three HTML tags or more of a page's paragraphs, or one paragraph whole (<p>…</p>), without
    them: each tag a space (runs of spaces made one)."""
    whole = re.match(r"<p(?:\s[^<>]*)?>", text, re.I) is not None and text.lower().endswith("</p>")
    if len(_HTML_TAG.findall(text)) < 3 and not whole:
        return text
    return re.sub(r" {2,}", " ", _HTML_TAG.sub(" ", text)).strip(" \t\u3000\xa0")


def split_lines(source: str) -> list[Line]:
    lines = []
    for i, raw in enumerate(source.split("\n"), start=1):
        text = strip_glosses(raw.replace("\r", "").replace("\ufeff", "")).strip(" \t\u3000\xa0")
        text = _XML_NAMESPACE.sub("", text).strip(" \t\u3000\xa0")
        text = _html_unmarked(text)
        text = _LOST_INDENT.sub("", text).lstrip(" \t\u3000\xa0")
        text = _LOST_TITLE_INDENT.sub("", text)
        text = _LOST_KIND_SPACE.sub(r"\1  \2", text)
        lines.append(Line(i, text, fold(text)))
    if lines and source.endswith("\n"):
        lines.pop()  # the empty string after the final newline is not a line
    return _tagline_unparted(lines)


# a mirror's tagline: two short phrases parted by one comma (皇冠体育平台,皇冠体育app)
_TAGLINE = re.compile(r"[^\s。,，;；:：!?！？|]{2,16}[,，][^\s。,，;；:：!?！？|]{2,16}")


def _tagline_unparted(lines: list[Line]) -> list[Line]:
    """A mirror's tagline set alone on one of the page's first lines, two phrases parted by a comma
    (皇冠体育平台,皇冠体育app), and glued into the names of two lines or more further on, where the mirror put it
    for the place's name (皇冠体育平台,皇冠体育app市人民政府办公室关于印发…): its comma parts no sentence, so the
    fold writes it as a middle dot there (the text keeps it as published)."""
    shown = [ln for ln in lines if ln.text][:4]
    for ln in shown:
        tag = ln.fold.strip()
        if not _TAGLINE.fullmatch(tag):
            continue
        glued = [x for x in lines if x is not ln and tag in x.fold and x.fold.strip() != tag]
        if len(glued) < 2:
            continue
        dotted = re.sub(r"[,，]", "\u00b7", tag)
        return [Line(x.no, x.text, x.fold.replace(tag, dotted)) if tag in x.fold else x for x in lines]
    return lines


# ---------------------------------------------------------------- furniture

_FURNITURE = re.compile(
    r"^(您当前所在位置|当前位置|您现在的位置|您当前的位置|首页\s*>|首页$|访问量|访问次数|浏览次数|浏览量|关联稿件|文件下载|扫一扫|返回顶部|关闭本页|打印本页|"
    r"分享到|用微信|即可将网页|字号|【打印】|【关闭】|\(此页无正文\)|\(此件公开发布\)|\(此件主动公开\)|\(此件可公开发布\)|"
    # a document's note of how it is made public, in brackets: (信息公开形式:主动公开), (公开方式:依申请公开)
    r"\([^()]{0,12}(?:主动公开|依申请公开|不予公开|不公开)\)$|"
    # the mark (此件公开发布) cut by the copy's end: "(此", "(此件公开"
    r"\(此(?:件[\u4e00-\u9fff]{0,4})?$|"
    r"中新[網网].*正文$|附件\s*\d*\s*[:：|]?$|来源\s*[:：]|信息来源|发布时间\s*[:：]|发布日期\s*[:：]|发表时间\s*[:：]|责任编辑|【字体|字体[:：]|字体大小|"
    r"\[?打印\]?\s*$|【打印|\[关闭|【关闭|阅读次数|点击数|点击量|分享[:：]|收藏|纠错|上一篇|下一篇|相关链接|核心提示[:：]|"
    r"设为首页|加入收藏|无障碍|长者版|适老化|关怀版|返回首页|(?:您好[,，!！]?\s*)?欢迎(来到|访问|光临)|繁体|简体|网站支持|智能问答|网站地图|导航菜单|"
    r"手机版|电脑桌面|添加.{0,12}到.{0,4}桌面|安装后可以|EN$|English$|时间[:：]\s*\d{4}-|作者[:：]|编辑\s*[:：]|栏目[:：]|发布[:：]|"
    r"https?://\S*$|www\.\S*$|[-|:\s]*-{3,}[-|:\s]*$|"
    # a newspaper's e-paper page: 第04版:策划, 版面概览, 上一版 下一版, 放大 缩小 默认
    r"第\s*\d{1,3}\s*版\s*[:：]|版面概览|上一版|下一版|放大\s*缩小|"
    r"\d{4}-\d{1,2}-\d{1,2}\s*$|"
    # a forum's prompt to sign in above a reposted text (马上注册,结交更多好友…, 您需要 登录 才可以下载或查看…) and the
    # "x" that closes it
    r"马上注册|您需要\s*登录\s*才可以|[xX×]\s*$|"
    # a page's button that reads the text aloud
    r"朗读\s*$|"
    # a document-sharing site's prompts around the preview of the file it sells, and its service line
    r"预览加载中|在线预览结束|网站客服\s*[:：]|"
    # …its reading notes above the preview (已阅读5页,还剩4页未读, 继续免费阅读 / 版权说明:本文档由用户提供并上传… /
    # 文档简介)
    r"已阅读\s*\d{1,4}\s*页\s*[,，]\s*还剩\s*\d{1,4}\s*页未读|版权说明\s*[:：]\s*本文档由用户提供|文档简介\s*$|"
    # a news page's summary box above a reposted text ([摘要] …, 【摘要】…)
    r"[\[【]\s*摘\s*要\s*[\]】]|"
    # a printed document's imprint at its end: 抄送:…, 主题词:…, 某县人民政府办公室  2021年3月5日印发
    r"抄\s*[送报]\s*[:：]|主\s*题\s*词\s*[:：]|.{0,40}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发\s*$)"
)
# a line of page information: two of 发布时间: / 来源: / 浏览次数: / a time of day…, in any order
_PAGE_INFO = re.compile(r"(?:发布时间|发布日期|发表时间|发布|信息来源|来源|访问次数|浏览次数|浏览量|浏览|点击数|阅读次数|作者|编辑|字体|字号)\s*[:：]|"
                        r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}")
_BULLET = re.compile(r"^[-•·*●]\s*")
# a site menu's entry as a list item flattens it: a bullet, a short word and the "|" that parts it from the next
# (• 设为首页| / • 长辈版| / • 无障碍浏览|)
_MENU_ITEM = re.compile(r"^\s*[•·●]\s*[^\s|。，,；;：:]{1,8}\s*\|\s*$")
# — 2 —, - 12 -, 第 3 页 共 9 页, 共9页 第3页, 第3页/共9页
_PAGE_NUMBER = re.compile(r"^(?:[-—–]\s*)+\d{1,3}(?:\s*[-—–])+$|^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$|"
                          r"^共\s*\d{1,3}\s*页\s*[,，/]?\s*第\s*\d{1,3}\s*页$")
_CRUMB = re.compile(r"\s*(?:>>?|»|›|＞)\s*")
_META_CELL = re.compile(r"\[\s*([^\]]+?)\s*\]\s*\|\s*([^|\[]*?)\s*\|")
_LABEL_WORDS = (
    "发文字号", "发布文号", "政策文号", "文号", "索引号", "信息索引号", "主题分类", "信息分类", "发文机关", "发布机构", "发布单位",
    "发文单位", "制发机关", "发布部门", "成文日期", "发文日期", "发布日期", "公开日期", "生效日期", "废止日期", "标题", "名称",
    "有效性", "时效", "公开方式", "组配分类", "体裁分类", "主题词", "所属机构", "文件分类", "关键词", "公开形式", "公开目录",
    "生成日期", "是否有效", "颁布时间", "概述", "文件号", "制发日期", "时效性", "施行日期",
)
# a label may be set with spaces between its characters: 索 引 号, 文    号
_LABEL = "|".join(r"\s*".join(w) for w in sorted(_LABEL_WORDS, key=len, reverse=True))
# words a table's header may start with too: a label only with its colon
_HEADER_WORDS = "|".join(r"\s*".join(w) for w in ("名称", "标题", "概述", "关键词", "主题词"))
# a labelled line: 标  题：…, 文号 | 鄂政发〔2018〕26号 |, or two labels set with spaces (发布机构 区政府办 文号 …)
_META_LINE = re.compile(rf"^(?:\|\s*)?\[?\s*(?:({_LABEL})\s*\]?\s*[:：]|(?!(?:{_HEADER_WORDS})\s*[|\s])({_LABEL})\s*\]?\s*"
                        rf"(?:\|\s*[^|\s]|\s+\S.*?\s(?:{_LABEL})(?:\s|[:：]|$)))")
_SPACED_FIELD = re.compile(rf"^(?:{_LABEL})\s+[^\s。]{{1,40}}$")
# a law library's record card: a known field's label in lenticular brackets, its value behind or none
# (【发布文号】 泉政文〔2014〕177号, 【发布日期】 2014-09-03, 【生效日期】, 【时效性】 现行有效)
_CARD_FIELD = re.compile(rf"^【\s*(?:{_LABEL})\s*[:：]?\s*】")
# …its label and the value behind it (【发布文号】晋政发[2008]8号), the label's spaces kept for the key to drop
_CARD_PAIR = re.compile(r"^【\s*([^【】]{2,10}?)\s*[:：]?\s*】\s*(\S.*)$")


def spaced_field(line: Line) -> bool:
    """A page's metadata field written label, spaces, value, alone on its line (有效性 有效, 生成日期 2022-08-12)."""
    return bool(_SPACED_FIELD.match(line.fold))


_META_PAIR = re.compile(rf"({_LABEL})\s*\]?\s*[:：|]?\s*")
_ORG_END = r"(?:人民政府办公室|人民政府办公厅|人民政府|委员会|办公室|办公厅|管委会|领导小组|政府|局|委|办|厅|部|院|中心|室|会|署|处|镇|乡|街道)"
# "来源：西湖区应急管理局": an office the page names (a newspaper as 来源 is not one)
# (the next label may be glued on: 信息来源: 芜湖市教育局阅读次数:; the office's own site named: 信息来源:慈溪市人民政府网站)
_SOURCE_LABEL = re.compile(
    rf"(?:信息来源|来源单位|来源)\s*[:：]\s*([\u4e00-\u9fff]{{2,30}}?{_ORG_END})(?:门户网站|网站)?(?![\u4e00-\u9fff])"
    rf"|(?:信息来源|来源单位|来源)\s*[:：]\s*([\u4e00-\u9fff]{{2,30}}?{_ORG_END})(?:门户网站|网站)?(?=阅读|浏览|点击|编辑|作者|发布|时间|字体|字号)"
)
_ORG = re.compile(rf"^[\u4e00-\u9fff()（）]{{2,40}}{_ORG_END}$")
# a page's publication stamp: its date and time (2021-03-23 10:56), or its date and its count of visits
# (2017-02-14    点击:8次)
_PUBLISHED_LINE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\s+(?:\d{1,2}[时:]|(?:点击|浏览|阅读|访问)(?:数|量|次数)?\s*[:：]\s*\d)")
# a news page's byline: the account or outlet that posted the copy, then its date and time (赣州官方实播台  2019-01-05 12:07)
_BYLINE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,20}\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")
# …or the body whose site it is and the day it posted the page, in two cells of a table row (中国人民政治协商会议吉林市
# 委员会| 2017-05-31): the page's byline, no title
_BYLINE_CELLS = re.compile(rf"^[\u4e00-\u9fff()（）]{{2,40}}{_ORG_END}\s*\|\s*\d{{4}}-\d{{1,2}}-\d{{1,2}}\s*\|?$")
_PUBLISHED_LABEL = re.compile(r"(?:发布时间|发布日期|发文日期|颁布时间)\s*[:：]\s*(\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
# a link to a site, as a page's header names it (中国政府网, 武汉市人民政府网, 湖北省人民政府门户网站)
_SITE_LINK = re.compile(r"^[\u4e00-\u9fff]{1,16}(?:网|网站|门户网站|门户)$")
# a site's name as its page header writes it: …官网, …官方网站
_OFFICIAL_SITE = re.compile(r"^\s*[^,，。;；:：\s]{1,20}(?:官网|官方网站)\s*$")
_MENU_WORDS = re.compile(r"^(设为首页|加入收藏|无障碍\S*|长者版|适老化\S*|关怀版|返回首页|繁体|简体|网站支持\S*|智能问答|网站地图|手机版|EN|English|登录|注册|搜索)$")


# an image's mark in the markdown a page was converted to, its picture lost: ![]() or ![alt](address)
_IMAGE_MARK = re.compile(r"!\[[^\[\]]{0,40}\]\([^()]{0,300}\)")


def is_furniture(line: Line) -> bool:
    """Page furniture and page metadata: menus, breadcrumbs, page information, 索引号 tables."""
    if line.blank:
        return False
    if _MENU_ITEM.match(line.fold):
        return True
    f = _BULLET.sub("", line.fold)
    filled = [c.strip() for c in f.split("|") if c.strip()] if "|" in f else []
    if len(filled) == 1 and filled[0] != f.strip():
        f = filled[0]  # "| 字号: |": a page's furniture copied as a table row of one cell
        if _LABEL_ONLY.match(f):
            return True  # "内容概览: | |||": a label and its colon alone, the metadata row's value cells empty
    if _IMAGE_MARK.fullmatch(f.strip()):
        return True  # ![]() / ![图片](…): a lost image's mark left by the page's conversion, under the signature
    if not f or _FURNITURE.match(f) or _PUBLISHED_LINE.match(f) or _BYLINE.match(f) or _BYLINE_CELLS.match(f) or _META_LINE.match(f) or _PAGE_NUMBER.match(line.fold):
        return True
    if f.startswith("[") and _META_CELL.search(f):
        return True
    if "。" in f or len(f) > 120:
        return False
    if len(_PAGE_INFO.findall(f)) >= 2:
        return True
    cells = [c.strip() for c in re.split(r"[|\s]+", f) if c.strip()]  # 繁体 | 简体, 登录 注册
    if len(cells) >= 2 and all(_MENU_WORDS.match(c) for c in cells):
        return True
    if "|" in f and len(filled) >= 2 and all(_SITE_LINK.match(c) for c in filled):
        return True  # 中国政府网 | 武汉市人民政府网: a page's row of links to other sites
    if "|" in f and len(filled) >= 3 and any(_SITE_LINK.match(c) for c in filled) \
            and all(_SITE_LINK.match(c) or _MENU_WORDS.match(re.sub(r"^网站", "", c)) for c in filled):
        return True  # 昌江区政府网 | 市政府门户网站 | 网站无障碍 | 关怀版: the links to sites and the menu's words in one row
    names = [c for c in re.split(r"[,，_|]+", f.strip()) if c.strip()]
    if names and any(_OFFICIAL_SITE.match(c) for c in names) \
            and all(_OFFICIAL_SITE.match(c) or any(d != c and d.startswith(c) and _OFFICIAL_SITE.match(d) for d in names)
                    for c in names):
        return True  # 188宝金博,188宝金博官网: a site's name and its 官网, the page's header (a mirror's)
    steps = [s for s in _CRUMB.split(f) if s]
    return len(steps) >= 3 and all(len(s) <= 16 and not re.search(r"[,，;；]", s) for s in steps)


_BULLET_FIELD = re.compile(r"^\s*[-•·*●]\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*(?:\S|$)")
# a bulleted field left empty, its label and colon alone (• 文号:, • 信息时效期:): a record's field, no list item
_EMPTY_BULLET_FIELD = re.compile(r"^\s*[-•·*●]\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*$")


def metadata_block(lines: list[Line]) -> set[int]:
    """Line numbers of a page's bulleted metadata block ("• 发文机关:…", "• 文件类型:…", "• 所属单位:…"):
    a run of bulleted `label:value` lines (blank lines between) most of which are known metadata
    fields; its lines with a label no rule knows are metadata too. So is a run of labels each on a
    line of its own, its value (if any) on the next (索引号: / SY00… / 公开主体: / 上海市…人民政府 /
    生效日期: / 失效日期:), most of them known fields; and a row of a metadata table of label | value pairs
    between two rows of known fields (_field_table)."""
    out: set[int] = set()
    run: list[Line] = []
    for ln in [*lines, Line(-1, "", "")]:
        if ln.no != -1 and _BULLET_FIELD.match(ln.fold):
            run.append(ln)
            continue
        if ln.no != -1 and ln.blank:
            continue
        if len(run) >= 3 and sum(is_furniture(x) or bool(_EMPTY_BULLET_FIELD.match(x.fold)) for x in run) * 2 > len(run) \
                and any(not _EMPTY_BULLET_FIELD.match(x.fold) for x in run):
            out.update(x.no for x in run)
        run = []
    return out | _field_table(lines) | _glued_fields(lines) | _card_fields(lines)


# a field of a record card, known or not: a label of a few characters in lenticular brackets (【效 力】, 【备 注】 http…)
_CARD_LABEL = re.compile(r"^【\s*[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,7}\s*[:：]?\s*】")


def _card_fields(lines: list[Line]) -> set[int]:
    """A law library's record card, one field a line, each label in lenticular brackets (【发布文号】 泉政文〔2014〕177号 /
    【发布日期】 2014-09-03 / 【生效日期】 / 【效 力】 / 【备 注】 http://…): three or more such lines in a row, most of the
    labels known fields; its fields with a label no rule knows are the card's too."""
    return {x.no for run in _runs(lines, lambda ln: _CARD_LABEL.match(ln.fold.strip()) is not None)
            if len(run) >= 3 and sum(bool(_CARD_FIELD.match(x.fold.strip())) for x in run) * 2 > len(run) for x in run}


# a known field's label with its value glued straight behind it, no colon (发文机关最高人民法院, 时效性现行有效)
_GLUED_FIELD = re.compile(rf"^(?:{_LABEL})(?![\s:：|])\S.{{0,40}}$")


def _glued_fields(lines: list[Line]) -> set[int]:
    """A law library's metadata block copied with each label glued to its value (发文机关最高人民法院 / 发文日期2019年
    02月21日 / 时效性现行有效 / 发文字号法办〔2019〕40号): three or more such lines in a row, bulleted or not
    (- 标题关于印发…的通知 / - 公开日期2020年…成文日期… / - 公开目录规范性文件公开形式主动公开)."""
    return {x.no for run in _runs(lines, lambda ln: _GLUED_FIELD.match(_BULLET.sub("", ln.fold.strip())) is not None
                                  and "。" not in ln.fold) if len(run) >= 3 for x in run}


def _runs(lines: list[Line], fits) -> list[list[Line]]:
    """The runs of consecutive lines, none blank, that each `fits`."""
    runs, run = [], []
    for ln in lines:
        if not ln.blank and fits(ln):
            run.append(ln)
            continue
        if run:
            runs.append(run)
        run = []
    return runs + [run] if run else runs


# a cell of a metadata table that is a field's label: a few characters, with or without a colon
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]?")


def _field_row(line: Line) -> bool:
    """A pipe row of label | value pairs (公开范围 | 面向社会 | 公开时限 | 长期公开 |)."""
    filled = [c.strip() for c in line.fold.split("|") if c.strip()] if "|" in line.fold else []
    return bool(filled) and len(filled) % 2 == 0 and all(_FIELD_LABEL.fullmatch(c) for c in filled[0::2])


def _field_table(lines: list[Line]) -> set[int]:
    """A page's metadata table copied as pipe rows of label | value pairs: a row whose labels no rule knows
    (公开范围 | 面向社会 | 公开时限 | 长期公开 |) between two rows of known fields (索引号 | … | 公开方式 | 主动公开 | above,
    发布单位 | 区府办 | 发文日期 | 2022-11-03 | below) is one of them; so is a short labelled line between two known
    ones (信息来源: / 访问次数: / 字体大小:大 中 小; 名 称:… / 分 类: 其他;通知 / 发文日期:…). (Beside one known row only,
    it may be the header of a table right under the metadata.)"""
    shown = [ln for ln in lines if not ln.blank]
    return {ln.no for above, ln, below in zip(shown, shown[1:], shown[2:])
            if _field_line(ln) and not is_furniture(ln) and all(_field_line(x) and is_furniture(x) for x in (above, below))}


# a labelled line of a page's metadata: its label (spaced or not) and colon, a short value or none
_COLON_FIELD = re.compile(r"^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,5}\s*[:：].{0,40}$")


def _field_line(line: Line) -> bool:
    return _field_row(line) or bool(_COLON_FIELD.match(line.fold))


_LABEL_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]$")


def label_lines_block(lines: list[Line], titled=lambda f: False) -> set[int]:
    """A run of labels on lines of their own, each with its value on the next line or none, most of
    the labels known metadata fields (标题:, 发文字号:…): the labels and their values (索引号: / SY00… /
    公开主体: / 上海市…人民政府 / 生效日期: / 失效日期:). A line in quotes or brackets, or `titled`
    (the title a page puts under its empty last field), is no value."""
    out: set[int] = set()
    shown = [ln for ln in lines if not ln.blank]
    k = 0
    while k < len(shown):
        run, labels = [], []
        while k < len(shown) and _LABEL_ONLY.match(shown[k].fold.strip()):
            labels.append(shown[k])
            run.append(shown[k])
            k += 1
            value = shown[k] if k < len(shown) else None
            if (value is not None and not _LABEL_ONLY.match(value.fold.strip()) and len(value.fold) <= 40
                    and not re.search(r"[。,，;；:：《》“”\"]", value.fold) and not titled(value.fold.strip())):
                run.append(value)
                k += 1
        if len(labels) >= 3 and sum(metadata_label_only(x) for x in labels) * 2 > len(labels):
            out.update(x.no for x in run)
        if not run:
            k += 1
    return out | _bare_label_pairs(shown, titled)


# a label set bare on a line of its own, no colon: a known field (发文字号) or a short word beside known ones (文件类型)
_BARE_LABEL = re.compile(rf"(?:{_LABEL})|[\u4e00-\u9fff]{{2,6}}")


def _bare_label_pairs(shown: list[Line], titled) -> set[int]:
    """A page's metadata set as bare labels, no colon, each on a line of its own with its value on the next
    (索引号 / 011081192/2024-28428 / 文件类型 / 通知 / 发文单位 / 市人民政府办公室 / 发文字号 / …): three pairs or more
    in a row, most of the labels known fields. A value is short and no sentence; a document's kind alone (通知)
    is a 文件类型's value, not a title, while a longer line a title ends (`titled`) stops the run."""
    out: set[int] = set()
    k = 0
    while k < len(shown):
        j, pairs, known = k, [], 0
        while j + 1 < len(shown) and _BARE_LABEL.fullmatch(shown[j].fold.strip()):
            value = shown[j + 1].fold.strip()
            if (re.fullmatch(_LABEL, value) or len(value) > 40 or re.search(r"[。，,;；《》“”\"]", value)
                    or (titled(value) and len(value) > 4)):
                break
            pairs.append((shown[j], shown[j + 1]))
            known += bool(re.fullmatch(_LABEL, shown[j].fold.strip()))
            j += 2
        if len(pairs) >= 3 and known >= 3 and known * 2 > len(pairs):
            out.update(x.no for pair in pairs for x in pair)
            k = j
        else:
            k += 1
    return out


# a ghost-writing site's outline of the text it sells, set above the text: "目錄/提綱:……", the text's headings
# one a line, then a line of dots alone ("……")
_OUTLINE_OPEN = re.compile(r"^(?:目录|提纲)(?:\s*/\s*(?:目录|提纲))?\s*[:：]\s*(?:…+|\.{3,})?$")
_OUTLINE_CLOSE = re.compile(r"^(?:…+|\.{3,})$")


# a heading's number opening an outline's line: 一、 (一) 1. 1、
_OUTLINE_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[.．、](?!\d))")


def outline_block(lines: list[Line]) -> set[int]:
    """A site's outline of the text above the text itself (目錄/提綱:…… / 一、工作目標 / (一)… / ……): the opening
    label, the headings (short lines, no sentence) and the closing dots. The headings are the text's own, set again
    below; read as the text they would be taken for its items twice. An outline with no closing dots (提纲: /
    一、巩固提升农业产业发展 / … / 2.计划开工项目:… over the text's title) ends at its last numbered heading, where
    its first heading stands again further down opening a line of the text (一、巩固提升农业产业发展。大力…)."""
    out: set[int] = set()
    shown = [ln for ln in lines if not ln.blank]
    for k, ln in enumerate(shown):
        if not _OUTLINE_OPEN.match(ln.fold.strip()):
            continue
        headings = 0
        for j in range(k + 1, min(k + 80, len(shown))):
            f = shown[j].fold.strip()
            if _OUTLINE_CLOSE.match(f):
                if j > k + 1:
                    out.update(x.no for x in shown[k:j + 1])
                break
            if "。" in f or len(f) > 60:
                break
            if headings == j - k - 1 and _OUTLINE_NUMBER.match(f):
                headings += 1
        else:
            continue
        if shown[k].no in out or headings < 2:
            continue
        first = re.sub(r"\s+", "", shown[k + 1].fold)
        if any(re.sub(r"\s+", "", x.fold).startswith(first) for x in shown[k + 1 + headings:]):
            out.update(x.no for x in shown[k:k + 1 + headings])
    return out


# a table of contents' entry: a heading, its leader dots and its page number (一、总体要求………… 8, (一)指导思想…… 8)
_CONTENTS_ENTRY = re.compile(r"^\S.{1,60}?(?:…{2,}|\.{6,}|·{6,})\s*\d{1,3}$")


def contents_block(lines: list[Line]) -> set[int]:
    """A document's table of contents: entries with leader dots and page numbers, two or more. They are the
    document's outline, not its parts (the headings stand again in the body, with the items under them)."""
    found = {ln.no for ln in lines if not ln.blank and _CONTENTS_ENTRY.match(ln.fold.strip())}
    return (found if len(found) >= 2 else set()) | _contents_headings(lines)


# a 目录 heading (益阳市重污染天气应急预案目录, 目 录) and a numbered heading under it (1.总则, 1.1编制目的, 第一章 总则)
_CONTENTS_HEADING = re.compile(r"^[^,，。;；:：]{0,30}目\s*录$")
_CONTENTS_HEADING_ENTRY = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|第[一二三四五六七八九十]{1,3}[章节部分]|[一二三四五六七八九十]{1,3}、)"
                                     r"\s*[^,，。;；:：]{1,24}$")


def _contents_headings(lines: list[Line]) -> set[int]:
    """A table of contents with no page numbers: a 目录 heading over three or more numbered headings alone on their
    lines (1.总则 / 1.1编制目的 / … / 8.附则), the first of them standing again below, where the body begins: the
    heading and its entries (the copy of a 预案 that opens with its contents)."""
    out: set[int] = set()
    filled = [ln for ln in lines if not ln.blank]
    for k, ln in enumerate(filled):
        if not _CONTENTS_HEADING.match(ln.fold.strip()):
            continue
        entries, again = [], False
        for x in filled[k + 1:]:
            f = x.fold.strip()
            if entries and f == entries[0].fold.strip():
                again = True  # the body begins with the first heading again
                break
            if not _CONTENTS_HEADING_ENTRY.match(f):
                break
            entries.append(x)
        if again and len(entries) >= 3:
            out |= {ln.no} | {x.no for x in entries}
    return out


def metadata_label_only(line: Line) -> bool:
    """A metadata label with its value on the next line (標  題:)."""
    return bool(re.fullmatch(rf"\[?\s*({_LABEL})\s*\]?\s*[:：|]", _BULLET.sub("", line.fold)))


def is_org(name: str) -> bool:
    """A name shaped like an office: ends in 人民政府, 办公室, 局, 委…"""
    return bool(_ORG.match(fold(name)))


# a field no label list knows set after a value on the same line, with a space before its label
_NEXT_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,6}\s*[:：])")


def metadata(lines: list[Line]) -> dict:
    """发文字号, 成文日期, 发布日期, the publisher (发布机构, 发文机关, 来源) and the 标题 field's value (folded)
    from the page's 索引号 table, its labelled lines (label and value on one line, or the value on the next) or
    its page information."""
    meta: dict = {}
    pairs: list[tuple[str, str, Line]] = []
    on_card = _card_fields(lines)
    cards = {k for k, line in enumerate(lines) if line.no in on_card}
    for k, line in enumerate(lines):
        for key, value in _META_CELL.findall(line.fold):
            pairs.append((key, value, line))
        f = _BULLET.sub("", line.fold)
        if metadata_label_only(line):
            nxt = next((x for x in lines[k + 1: k + 4] if not x.blank), None)
            if nxt is not None and not _META_LINE.match(nxt.fold) and "|" not in nxt.fold:
                pairs.append((f, nxt.fold, nxt))
        elif _META_LINE.match(f) and not f.startswith("["):
            found = list(_META_PAIR.finditer(f))
            for i, m in enumerate(found):
                value = f[m.end(): found[i + 1].start() if i + 1 < len(found) else len(f)]
                pairs.append((m.group(1), value, line))
        m = _PUBLISHED_LINE.match(f) or _PUBLISHED_LABEL.search(f)
        if m and parse_date(m.group(0)):
            meta.setdefault("published", parse_date(m.group(0)))
        card = _CARD_PAIR.match(line.fold.strip())
        if card and k in cards:
            # 【发布文号】晋政发[2008]8号 / 【发布日期】2008-02-03: a law library's record card, a field a line
            pairs.append((card.group(1), card.group(2), line))
        name_row = _name_row(lines, k)
        if name_row:
            pairs.append(("名称", name_row, line))
        source = _SOURCE_LABEL.search(line.fold)
        if source:
            meta.setdefault("_source_office", as_written(line.text, source.group(1) or source.group(2), line.fold))
    for key, value, line in pairs:
        key = re.sub(r"[\s:：|\[\]]", "", key)
        value = _NEXT_FIELD.split(value, maxsplit=1)[0]  # "发布机构: 某乡人民政府 发布时间: 2018-09-05": one field's value
        value = value.strip(" |:：\t")
        if not value:
            continue
        if key in ("发文字号", "文号", "发布文号", "政策文号") and DOC_NUMBER.match(value):
            meta.setdefault("doc_number", as_written(line.text, value, line.fold))
        elif key in ("发布机构", "发布单位", "发文机关", "发文单位", "制发机关", "发布部门") and is_org(value):
            meta.setdefault("publisher", as_written(line.text, value, line.fold))
        elif key == "成文日期" and parse_date(value):
            meta.setdefault("written", parse_date(value))
        elif key in ("发布日期", "公开日期", "发文日期", "颁布时间") and parse_date(value):
            meta.setdefault("published", parse_date(value))
        elif key in ("标题", "名称"):
            meta.setdefault("title_field", value)  # folded; what the page says the document is called
    office = meta.pop("_source_office", None)
    if office:
        meta.setdefault("publisher", office)  # a 发布机构 cell, when there is one, wins
    return meta


_NAME_ROW = re.compile(r"^(?:名\s*称|标\s*题)\s*\|\s*([^|]{6,}?)\s*\|[\s|]*$")


def _name_row(lines: list[Line], k: int) -> str | None:
    """The value of a metadata table's 名称 / 标题 row of one value (名称 | 黔东南州…工作方案(2023—2025年) |), next to
    a row of known fields (发布机构 | 是否有效 | ||): the page's name for the document. (A row 名称 | 目标 | 责任单位 |
    is a table's header, and one away from the page's fields may be a table's row.)"""
    m = _NAME_ROW.match(lines[k].fold)
    if m is None:
        return None
    above = next((x for x in reversed(lines[:k]) if not x.blank), None)
    below = next((x for x in lines[k + 1:] if not x.blank), None)
    if any(x is not None and _META_LINE.match(_BULLET.sub("", x.fold)) for x in (above, below)):
        return m.group(1)
    return None


def as_written(text: str, folded_value: str, folded: str | None = None) -> str:
    """`folded_value` as `text` writes it (fold is character for character, so offsets agree)."""
    i = (fold(text) if folded is None else folded).find(folded_value)
    return text[i : i + len(folded_value)] if i >= 0 else folded_value


# 发文字号: 巴南安办〔2024〕24号, 国办函[2016]38号, 许政 [2020] 20号, a 签发人 set on its line
DOC_NUMBER_AT = r"[\u4e00-\u9fff]{2,12}\s*[〔\[(（【]\s*\d{4}\s*[〕\])）】]\s*第?\s*\d{1,4}\s*号"
# …its line closed by a table's pipe where a page set it in a cell of its own (粵辦函〔2013〕146號 |)
# …or set in round brackets alone on its line, as a law archive prints it under the title ((苏政发〔2008〕25号))
DOC_NUMBER = re.compile(rf"^(?:{DOC_NUMBER_AT}(?:\s*签发人\s*[:：]\s*[\u4e00-\u9fff ]{{2,8}})?(?:\s*\|)?"
                        rf"|\(\s*{DOC_NUMBER_AT}\s*\))$")


def doc_number_in(line: Line) -> str:
    """The 文号 of a 文号 line as written, without the 签发人 set after it or the brackets around it."""
    lead = len(line.fold) - len(line.fold.lstrip())
    bracketed = re.match(r"\(\s*", line.fold[lead:])
    start = lead + (bracketed.end() if bracketed else 0)
    m = re.match(DOC_NUMBER_AT, line.fold[start:])
    return line.text[start: start + m.end()] if m else line.text


_DATE_CN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(s: str) -> dt.date | None:
    m = _DATE_CN.search(s) or _DATE_ISO.search(s)
    if not m:
        return _numeral_date(s)
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# a date in Chinese numerals, as a signature prints it (二○○八年二月二十三日, 二〇一一年七月二十八日, 二OO八年…)
_NUMERAL_DATE = re.compile(r"([〇○零OoＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
                           r"\s*([一二三四五六七八九十]{1,3})\s*日")


def _numeral_date(s: str) -> dt.date | None:
    m = _NUMERAL_DATE.search(s)
    if not m:
        return None
    year = int("".join("0" if c in "〇○零OoＯ" else str("一二三四五六七八九".index(c) + 1) for c in m.group(1)))

    def small(word: str) -> int:  # 二, 十, 十二, 二十, 二十三 (up to 31)
        if "十" not in word:
            return "一二三四五六七八九".index(word) + 1
        tens, _, ones = word.partition("十")
        return (("一二三四五六七八九".index(tens) + 1) if tens else 1) * 10 + (("一二三四五六七八九".index(ones) + 1) if ones else 0)

    try:
        return dt.date(year, small(m.group(2)), small(m.group(3)))
    except ValueError:
        return None


_CN_DIGIT = "〇○零OoＯ一二三四五六七八九"  # 二OO八年: a copy setting the zero as the letter O
# a date as a signature writes it: 2017年2月24日, or in Chinese numerals (二〇一七年二月二十四日)
_DATE_LINE = re.compile(rf"(?:\d{{4}}|[{_CN_DIGIT}]{{4}})\s*年\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月"
                        rf"\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日(?:印发)?")
DATE_LINE = _DATE_LINE  # (for a signature that shares its line with its date: head.signed_with_date)
# 特此通知 / 特此函告: the closing formula a notice's letter ends with
CLOSING_FORMULA = re.compile(r"\s*特此(?:通知|函告|通告)\s*[。.]?\s*")


def is_date_line(line: Line) -> bool:
    """A line that is only a date (a signature date, in digits or Chinese numerals), possibly with 印发, or
    in brackets (a title's dateline below it: (2025年04月08日))."""
    if re.fullmatch(r"(?=\d{7,8}$)(?:19|20)\d{2}(?:0?[1-9]|1[0-2])(?:0?[1-9]|[12]\d|3[01])", line.fold):
        return True  # a date whose 年/月/日 a web copy lost ("2014226"): digits alone, no other line holds
    if re.fullmatch(r"(?:19|20)\d{2}(?:0?[1-9]|1[0-2])\s*月\s*(?:0?[1-9]|[12]\d|3[01])\s*日", line.fold):
        return True  # its 年 alone lost ("20223月23日")
    return bool(_DATE_LINE.fullmatch(line.fold) or re.fullmatch(rf"\s*\(\s*{_DATE_LINE.pattern}\s*\)\s*", line.fold))


# ---------------------------------------------------------------- jurisdictions

def level_char(jurisdiction: str | None) -> str | None:
    """The one-character level prefix units of this jurisdiction are written with (区应急局 in 巴南区)."""
    if not jurisdiction:
        return None
    for suffix, ch in (("自治区", "区"), ("新区", "区"), ("自治州", "州"), ("自治县", "县"), ("省", "省"), ("市", "市"), ("区", "区"),
                       ("县", "县"), ("旗", "旗"), ("盟", "盟"), ("州", "州"), ("镇", "镇"), ("乡", "乡")):
        if jurisdiction.endswith(suffix):
            return ch
    return None
