"""Who does a task: responsibility clauses, as Chinese plans write them.

    (责任单位:A、B,C)  〔…〕 【…】 [ … ]        -> units (a label with no role)
    牵头单位:A;配合单位:B  牵头责任单位:A       -> lead A, support B (the label's role word)
    责任单位:A、B牵头,C                         -> lead A, B, units C (a verb beats the label)
    (A会同B分工负责,C落实)                     -> lead A, support B, implement C
    A牵头,B配合,C督促 / A负责落实               -> lead A, support B, supervise C / implement A
    A牵头负责,B、C按职责分工负责                -> lead A, support B, C (a lead is named already)
    A、B按职责分工卖力 (a verb of no role word)  -> lead A, B (the doers by their duties)
    A、B,C配合                                 -> support A, B, C (lists before one verb share it)
    (市应急局、市住建局)                        -> units (a bare list of unit names closing a sentence)
    由A会同B等部门研究提出意见                  -> lead A, support B, 部门
    分管省领导:张三 / 分管副省长负责            -> nothing: a person is not a unit

A clause may also carry a rule for the rest of its plan (`Rule`):

    以下各项工作均需各县、区人民政府落实,不再列出      carry: implement 各县人民政府, 各区人民政府
    〔A,此项及以下任务均需B落实,不再列出。各责任单位按职责分工落实〕  units A, implement B here and carried
                                                      (各责任单位: the units named, by their label)
    具体任务均涉及相关市(州)人民政府,不再做分工,下同  carry: units 相关市(州)人民政府
    列第一位者为牵头单位,下同                         first-lead: the first unit named is the lead

Clauses stand in brackets anywhere in the task, on lines of their own (`责任单位:…`, wrapped
over lines by a PDF copy), or unbracketed after the task's last sentence. Rules match on the
folded text (simplified, half-width); names are returned as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import _LIST_LEVEL, _NAME_END, _shared_level, BARE_WORD, balance, depth, is_person, marked, plausible_name, split_outside_brackets, split_units, written
from .deadlines import TIME_LABEL
from .places import places
from ..unitnames import FORMS
from .text import fold
from .units import kind_of, looks_like_unit, person_cell

ROLE_OF_VERB = {
    "牵头": "lead", "组织": "lead", "负总责": "lead", "负责": "lead", "主责": "lead", "抓总": "lead", "主办": "lead",
    "统筹": "lead", "主抓": "lead", "承办": "lead",
    "配合": "support", "协助": "support", "参与": "support", "参加": "support", "协同": "support", "协办": "support", "协作": "support",
    "落实": "implement", "实施": "implement", "抓好落实": "implement", "执行": "implement",
    "督促": "supervise", "监督": "supervise", "督导": "supervise", "指导": "supervise",
}
_LEADING = ("牵头", "主责", "负总责", "抓总", "主办", "统筹", "主抓")
# "按职责分工负责" cut by the end of the copy after its first words ("…等按职责分")
_DUTY_CUT = re.compile(r"(?:按照?|依照?|根据|依据)(?:各自)?(?:职责|职能)(?:分(?:工负?)?)?$")
_VERB = "|".join(sorted(ROLE_OF_VERB, key=len, reverse=True)) + "|具体"
_VERB_AT_END = re.compile(
    r"(?:(?:分别|共同|按照?|依照?|根据|依据|各自|(?:依|按)责)?(?:各自)?(?:职能)?(?:职责)?(?:分工)?(?:分别)?|各司其职|各负其责)?"
    # an adverb before the verb (相关单位密切配合有关工作: how they take the role, no part of a name)
    rf"(?:密切|积极|主动|紧密|全力)?((?:{_VERB})+)(?:(?:有关|相关)?工作)?$"
)
# 按职责分工 and a verb that is no role word (按职责分工卖力, 按职责做好): the list before it is responsible
_DUTY_AT_END = re.compile(r"(?:按照?|依照?|根据|依据)(?:各自)?(?:职能)?职责(?:分工)?[\u4e00-\u9fff]{0,2}$")
# 责任单位: 牵头责任单位: 主要协作单位: 重点责任部门: 配合部门: 责任科室: 实施主体: (a two-character
# qualifier may stand before the role words; a four-character one where the label opens the line or follows a
# mark: 问题整改责任单位:; so may a level alone, the level whose unit the label names, where the label opens the
# line: 省牵头单位:省农业农村厅 under a city's own 责任单位 cell)
_ROLE_WORDS = "牵头|主责|主办|承办|负责|责任|组织|配合|协办|协作|协同|参与|参加|协助|具体|落实|实施|督促|监督|督导|指导|成员"
_QUALIFIER = rf"(?:(?<![\u4e00-\u9fff])(?:(?!{_ROLE_WORDS})[\u4e00-\u9fff]){{4}}|(?!{_ROLE_WORDS})[\u4e00-\u9fff]{{2}}" \
             r"|(?<![\u4e00-\u9fff])[省市县区])"
# 数据提供单位: the unit that supplies a target's figure, beside its 牵头单位 and 责任单位 (a label of no role word:
# units)
_LABEL_WORDS = _ROLE_WORDS + "|提供"
# 责任科室(单位): a department's label naming, in brackets, the units outside it that a line may name instead
_LABEL = re.compile(rf"(?:{_QUALIFIER}(?=(?:{_LABEL_WORDS})))?((?:{_LABEL_WORDS})+)(?:单位|部门|处室|科室|主体)"
                    r"(?:\((?:单位|部门|处室|科室)\))?\s*[:：]\s*")
_NEUTRAL = re.compile(r"(?:部门|责任|任务|职责)?分工\s*[:：]\s*")
_PERSON_LABEL = re.compile(r"(?:分管|联系|责任|牵头|配合|协助|包保|挂点|包联|协管)[\u4e00-\u9fff]{0,3}?(?:领导|负责人|责任人|人|[省市区县]长|秘书长|同志)\s*[:：]\s*")
_ANY_LABEL = re.compile(f"{_LABEL.pattern}|{_NEUTRAL.pattern}|{_PERSON_LABEL.pattern}")
_DUE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月|[上下]半年|季度|年底|年内|长期|持续|^(?:完成|到位|办结)$")
# 列第一位者为牵头单位 / 排在首位的为牵头单位 / 除标注为"牵头"单位外,列第一位的为牵头或汇总单位 /
# 首位单位为牵头单位 (the place in the list named without 列/排), 第一责任单位为牵头单位 (the first of the list's
# units, named by its rank)
_FIRST_LEAD = re.compile(r"(?:(?:列|排)(?:在|名|序)?(?:第一|首)位?|(?:第一|首)位|(?<![\u4e00-\u9fff])第一(?:责任)?单位).{0,4}?为.{0,6}?牵头")
# 排在前位为牵头部门 / 列在前面的为牵头单位: the units in front lead — the group a list sets off before its first comma
# (责任单位:市环保局、市国土资源局,市财政局、…), or its first unit when it sets off none; in later clauses (下同) its
# first unit, as 列第一位者
_FRONT_LEAD = re.compile(r"(?:列|排)(?:在|于)?前(?:位|面|列)(?:的|者)?(?:单位|部门)?为.{0,6}?牵头")
# a role verb's object naming the duty it takes on (落实属地管理责任, 负责监管责任): the verb ends the segment
_DUTY_OBJECT = re.compile(rf"((?:{_VERB}))(?:属地|管理|监管|主体|安全|工作|相应|各自){{1,3}}责任$")
_ONWARD = re.compile(r"下同|不再(?:逐项|单独|一一|重复|另行)?(?:列出|列明|标注|注明|做分工|分工|列举)|不(?:逐一|逐项|一一)(?:列出|列明|列举)")
# 明确牵头部门的,有关部门配合,不逐一列出,下同: a standing rule for the tasks that name a lead — with it, the bodies it
# names take the role its verb gives, in the task that states it and each later one naming a lead (kind "carry-led")
_IF_LED = re.compile(r"^(?:已?明确(?:了)?|有|注明(?:了)?|标明(?:了)?)牵头(?:部门|单位)(?:的)?$")
# 责任单位两个以上的,列第一者为牵头单位,下同: the case a reading rule covers, said before it (a list of more than one)
_IF_SEVERAL = re.compile(r"^(?:责任|承办)?(?:单位|部门)(?:有)?(?:两|二|2)个(?:或两个)?以上(?:的)?$")
# 以下各项工作…, 此项及以下任务… (the item that states the rule and those below it)
_STANDING = re.compile(r"^(?:(?:此项|本项|此条|本条)(?:及|和|以及))?(?:以下|下列|其他|其余|具体)(?:各项|所有|全部)?(?:工作|任务|政策|措施|事项|条目|内容)*")
# 各责任单位按职责分工落实: a later sentence whose doers are the units named, called by their label
_BACK_REFERENCE = re.compile(r"各(?:(?:牵头|责任|配合|协办|参与|相关)+)(?:单位|部门)")
# 标☆的为牵头单位 / 带*号的为牵头单位: a mark before a name in the list names the lead (下同: in later clauses too)
_MARK_LEAD = re.compile(r"^(?:其中)?(?:标(?:注|有)?|带有?)\s*[“\"']?([☆★*＊△▲※◆◇●#])[”\"']?\s*号?(?:的|者)(?:单位|部门)?(?:为|是)(?:牵头|主责)")
# brackets a clause stands in (the text is folded: （） are ())
_OPEN, _CLOSE = "(〔【[", ")〕】]"
_SENTENCE_END = "。;；.!！?？"
# 【责任单位】A、B: a label in lenticular brackets
_BRACKETED_LABEL = re.compile(rf"[【\[]((?:主要)?(?:{_ROLE_WORDS})+(?:单位|部门|处室|科室))[】\]]")


# a person label's value, a name and post (阮斌副局长, 张三同志), with the next list's label glued straight behind it
# a person label glued to the unit name before it (…各县市党委和政府责任人:, …县应急局分管领导:): the label is the
# person's, not the name's tail
_GLUED_PERSON_LABEL = re.compile(r"(?<=[局委办厅队处站院所署室府])(?=(?:责任人|分管领导|责任领导|联系领导|牵头领导)\s*[:：])")
_GLUED_AFTER_PERSON = re.compile(rf"({_PERSON_LABEL.pattern}[\u4e00-\u9fff]{{1,12}}?(?:长|书记|主任|同志))(?={_LABEL.pattern})")
# the label of a clause's one list opening the clause with a semicolon for its colon, a name straight after it
_LABEL_SEMICOLON = re.compile(rf"^((?:{_ROLE_WORDS})+(?:单位|部门|处室|科室))\s*[;；]\s*(?=[\u4e00-\u9fff])(?!.*[:：])")


@dataclass(frozen=True)
class Rule:
    """A rule a clause sets for the tasks after it: carry `names` in `role`, or first-lead."""
    kind: str  # "carry" | "first-lead" | "mark-lead" (names: the mark)
    role: str | None = None
    names: tuple[str, ...] = ()
    here: bool = True  # the rule holds for the task that states it too (此项及以下…), not only those below (以下…)


@dataclass
class Found:
    roles: dict[str, list[str]] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)

    def add(self, role: str, names: list[str]) -> None:
        for role, names in marked(role, names).items():  # 市应急局(牵头): a role marked after a name
            have = self.roles.setdefault(role, [])
            have.extend(n for n in names if n not in have and not _BARE_ROLE_HOLDER.match(fold(n).strip()))


# the holder of a role named by the role alone, with no body (由主办科室负责衔接…, 主办单位要…, 牵头单位负责汇总): whoever
# a 交办 made the 主办 or the 牵头 of each matter, no unit the text names (各承办单位, every unit handed a matter, is one)
_BARE_ROLE_HOLDER = re.compile(r"^(?:主办|承办|协办|会办|牵头|配合)(?:单位|科室|处室|股室|部门)$")


# ------------------------------------------------------------------ one clause

def _label_role(words: str) -> str:
    if any(w in words for w in _LEADING):
        return "lead"
    if words == "承办":
        return "units"  # 承办单位: the unit a matter or an event is handed to, named with no role, as in a 承办单位 column
    for w in re.findall(_ROLE_WORDS, words):
        if w in ROLE_OF_VERB and w != "负责":
            return ROLE_OF_VERB[w]
    return "lead" if "负责" in words else "units"


def _verb_role(verbs: str, with_partner: bool) -> str:
    """The role a run of verbs gives: 牵头督导 -> lead, 负责落实 -> implement (lead with a 会同 partner)."""
    if any(w in verbs for w in _LEADING):
        return "lead"
    words = re.findall(_VERB, verbs)
    if words and words[0] == "负责" and with_partner:
        return "lead"
    while len(words) > 1 and words[0] in ("负责", "具体"):
        words = words[1:]
    return ROLE_OF_VERB.get(words[0], "lead") if words else "lead"


_SPACE_BEFORE_TIME = re.compile(rf"(?<=\S)\s+(?={TIME_LABEL})")
# a two-character time label (完成时限:, 整治时限:) glued to the name before it, and a segment it opens
_GLUED_TIME = re.compile(r"(?<=[\u4e00-\u9fff)）])(?=[\u4e00-\u9fff]{2}(?:时限|期限)\s*[:：])")
_TIME_AT = re.compile(r"[\u4e00-\u9fff]{0,2}(?:时限|期限)\s*[:：]")
# a qualifier that still waits for its noun (各省级以上[经济开发区], 省有关[部门]): a name the copy stopped inside;
# so does a 各 group stopped inside its noun's first character (县政府各部[门], 各单[位]) or inside its qualifier (各设[区市政府]:
# 设区的 cities), and a name stopped after
# the 人民 of its 人民政府 / 人民法院 / 人民银行 (各县(区)人民[政府]): no body's name ends in 人民
_QUALIFIER_AT_END = re.compile(r"(?:以上|以下|有关|相关|所属|直属|[省市县区]级|各[部单有相设]?|人民)$")
_OPEN_AT_END = re.compile(r"[(（\[【〔<〈][^()（）\[\]【】〔〕<>〈〉]*$")
# "…经开区管委会,以下统称各县(区)政府": a short name the text gives the list before it, no unit of its own
_NAMING_NOTE = re.compile(r"(?:以下|下文)?(?:统称|简称)")


def _names(piece: str, last_cut: bool = False) -> list[str] | None:
    """The unit names of a list, persons left out; None when something in it is no unit name."""
    if last_cut and not re.search(r"[()（）〔〕\[\]【】<>〈〉]", piece) and (whole := without_cut_name(piece)) != piece \
            and whole.strip(" 、,，"):
        # the copy stops inside the last name ("市自然资源和规划局、人力资源和社会保障局、…、工业信息化"): the names
        # before it are read without it, so the level the list writes once still reaches them
        piece, last_cut = whole, False
    units = split_units(piece)
    if last_cut and units and (open_ := _OPEN_AT_END.search(units[-1])) and open_.end() - open_.start() == 1:
        units = units[:-1]  # the copy stops right after a bracket opens ("责任单位:各镇("): the name may run on inside it
    elif last_cut and units and (open_ := _OPEN_AT_END.search(units[-1])) and open_.start() > 1 \
            and looks_like_unit(units[-1][: open_.start()]):
        units[-1] = units[-1][: open_.start()]  # the copy stops inside the name's bracket ("各区人民政府〈含开发区、")
    if last_cut and units and (not looks_like_unit(units[-1]) or _QUALIFIER_AT_END.search(fold(units[-1]))):
        units = units[:-1]  # the copy stops inside the last name ("…、区政", "…,各省级以上")
    units = [u for u in units if not is_person(u)]
    if any(not plausible_name(u) for u in units):
        return None
    return units


def _each_with_its_verb(seg: str) -> list[str]:
    """"局防控办主办、各工作组协办": names listed with 、, each group closed by its own role verb, are
    segments of their own (the 、 does not make one list of them sharing the last verb)."""
    pieces = split_outside_brackets(seg, "、")[0]
    groups: list[str] = []
    start = 0
    for k, piece in enumerate(pieces):
        v = _VERB_AT_END.search(piece)
        if v and v.start() > 0 and looks_like_unit(piece[: v.start()]):
            groups.append("、".join(pieces[start: k + 1]))
            start = k + 1
    return groups if len(groups) > 1 and start == len(pieces) else [seg]


# the matter a clause is about, named with a demonstrative before the 由 that names its doers (此项活动由…, 该项工作由…,
# 本次行动由…)
_MATTER_BEFORE_BY = re.compile(r"^(?:(?:此|该|本|这)(?:项|次|个)?[\u4e00-\u9fff]{0,6}?(?:活动|工作|任务|项目|行动)"
                               # …or the matter written out, its own words closed by 工作 (我县境内的文物行政执法工作由
                               # 县文物旅游局负责实施): no body's name ends in 工作 right before 由
                               r"|[\u4e00-\u9fff]{2,30}?工作)由(?!于|此)")
# a count of bodies (73个乡镇, 3个街道): which bodies a bracket means, not a name
_COUNTED = re.compile(r"\d+\s*个|[一二三四五六七八九十百两]+个")


def parse_clause(clause: str, cut: bool = False, bare: bool = False, strict: bool = False) -> Found | None:
    """Roles (and rules) in a folded clause made only of labelled lists, "units + role verb"
    segments and lists sharing a later verb; None when a segment is something else.

    cut: the clause runs to the end of a text cut off mid-clause; bare: a verbless list of unit
    names with no label counts (units); strict: every name must look like a unit's (a clause
    with no brackets or label around it)."""
    clause = balance(clause.strip().rstrip("。.;；,，"))
    if not clause:
        return None
    # a label opening the clause with a semicolon typed for its colon ("责任单位;住建局、畜牧局"): still the label,
    # not a segment of its own taken for a name
    clause = _LABEL_SEMICOLON.sub(r"\1:", clause)
    found = Found()
    # rules in brackets after a name: "省文旅厅(除标注为牵头单位外,列第一位的为牵头单位,下同)"; a page's nested
    # parentheses written as angle brackets inside the clause's own: "…东城区管委会〈下同〉,各有关部门按职责分工负责"
    for m in list(re.finditer(r"[(（]([^()（）]*)[)）]|〈([^〈〉]*)〉", clause))[::-1]:
        note = m.group(1) if m.group(1) is not None else m.group(2)
        if m.group(2) is not None and not re.fullmatch(r"下同|以下同", note):
            continue  # 各县〈市、区〉: a place's alternatives, part of the name
        if m.group(2) is not None:
            clause = clause[: m.start()] + clause[m.end():]  # the note names no rule a later task could carry
            continue
        if _ONWARD.search(note) or _FIRST_LEAD.search(note):
            found.rules += _rules_of(note)
            clause = clause[: m.start()] + clause[m.end():]
    # a later sentence that states a rule for the tasks below, with its exceptions ("以下均需各县(市)区政府落实,
    # 区政府无相关工作职能的,由市政府直属责任部门负责相关工作,不再列出"): its rules, not more names
    sentences = split_outside_brackets(clause, "。")[0]
    if len(sentences) > 1:
        kept = [sentences[0]]
        for sentence in sentences[1:]:
            if _ONWARD.search(sentence) and _STANDING.match(sentence.strip()):
                whole = _standing_sentence(sentence)
                if whole:  # "以下均需A,B、C管委会负责落实,不再列出": one list over a comma
                    found.rules += [whole] if whole not in found.rules else []
                    continue
                for seg in split_outside_brackets(sentence, ",，;；")[0]:
                    found.rules += [r for r in _rules_of(seg.strip()) if r not in found.rules]
            elif (led := _led_rule(sentence)) is not None or _conditioned_first_lead(sentence):
                # "…省国资委牵头。明确牵头部门的,有关部门配合,不逐一列出,下同" / "…省经信委、省发改委负责。责任单位
                # 两个以上的,列第一者为牵头单位,下同": a later sentence of rules for the tasks naming a lead, or for lists of
                # more than one, with the case it covers said first: its rules, not more names
                said = [led] if led else [Rule("first-lead")]
                found.rules += [r for r in said if r not in found.rules]
            elif mark := _MARK_LEAD.match(sentence.strip()):
                found.rules.append(Rule("mark-lead", None, (mark.group(1),)))
            elif _BACK_REFERENCE.match(sentence.strip()):
                continue  # "…。各责任单位按职责分工落实": the units named already, by their label, not more names
            else:
                kept.append(sentence)
        clause = "。".join(kept)
    clause, tail_rules = _standing_tail(clause)
    found.rules += [r for r in tail_rules if r not in found.rules]
    clause = re.sub(r"(?<=\S)\s+(?=" + _ANY_LABEL.pattern + ")", "；", clause)
    # a time label after the last list, set off by a space too ("配合单位:县审计局 完成时限:6月底前")
    clause = _SPACE_BEFORE_TIME.sub("；", clause)
    # a label glued to the last name of the list before it: "牵头单位:A、B、C局配合单位:D"
    clause = re.sub(r"(?<=[局委办厅队处站院所署室府])(?=" + _LABEL.pattern + ")", "；", clause)
    # …and a person label glued to it the same way: "责任单位:州委办公室,各县市党委和政府责任人:…主要负责人"
    clause = _GLUED_PERSON_LABEL.sub("；", clause)
    # …or to the person a person label names, by name and post: "牵头领导:阮斌副局长责任部门:建工科、安全站"
    clause = _GLUED_AFTER_PERSON.sub(r"\1；", clause)
    # a time label glued to it the same way: "责任单位:A、B工作组整治时限:…"
    clause = _GLUED_TIME.sub("；", clause)
    parts, seps = split_outside_brackets(clause, ",，;；。")
    segments, stops = [], set()  # stops: the segments a full stop ends (a sentence's last list)
    for part, sep in zip(parts, seps + [""]):
        pieces = _each_with_its_verb(part.strip()) if part.strip() else []
        segments += pieces
        if pieces and sep == "。":
            stops.add(len(segments) - 1)
    pending: list[tuple[str | None, list[str]]] = []  # lists waiting for a verb: (label role, names)
    groups: list[list[str]] = []  # the verbless lists in order (a 责任单位 list's comma groups)
    label: str | None = None  # the role of the label the current list runs under; "" for a person label
    labelled = verbs = marked_lead = verb_led = False
    lists: list[str] = []  # the first list's first name, when that list writes its level once (see _level_once)
    for k, seg in enumerate(segments):
        last = cut and k == len(segments) - 1
        if _rules_of(seg) or (found.rules and re.fullmatch(r"不再\S{0,6}|下同", seg)):
            found.rules += _rules_of(seg)
            continue
        if _TIME_AT.match(seg) and _DUE.search(seg) and not found.roles and not pending:
            continue  # "责任时限:2022年底前,牵头单位:…": the item's time opens the clause, before its lists
        if _NAMING_NOTE.match(seg) and (found.roles or pending):
            continue
        m = _ANY_LABEL.match(seg)
        while m and _ANY_LABEL.match(seg, m.end()):  # a label the copy doubled: 组织单位:组织单位:A
            seg, m = seg[m.end():], _ANY_LABEL.match(seg[m.end():])
        if m:
            labelled = True
            label = "" if _PERSON_LABEL.match(seg) else (_label_role(m.group(1)) if m.group(1) else None)
            marked_lead = marked_lead or label == "lead"
            seg = seg[m.end():]
        if label == "" or not seg:
            continue
        if (found.roles or pending or labelled) and (_DUE.search(seg) or _TIME_AT.match(seg)) and not looks_like_unit(seg):
            continue  # "…落实，2024年6月底前完成", "整治时限:…": a deadline after the roles
        seg = seg[1:] if seg.startswith("由") else seg
        seg = _MATTER_BEFORE_BY.sub("", seg)  # "此项活动由A、B、C共同组织实施": the matter before 由, no name
        seg = _DUTY_OBJECT.sub(r"\1", seg)  # "各镇(园区)落实属地管理责任": the verb's object, no name
        if last and (duty := _DUTY_CUT.search(seg)) and duty.start() > 0:
            seg = seg[: duty.start()] + "按职责分工负责"  # the copy stops inside the verb: "…等按职责分"
        v = _VERB_AT_END.search(seg)
        duty = None if v else _DUTY_AT_END.search(seg)
        if (v and v.start() > 0) or (duty and duty.start() > 0):
            verbs = True
            # "A、B按职责分工" and a verb of no role word's: the doers by their duties, as 按职责分工负责
            verb, start = (v.group(1), v.start()) if v else ("负责", duty.start())
            names = seg[:start].strip()
            pieces = re.split(r"会同|联合|协调", names)
            role = _verb_role(verb, len(pieces) > 1)
            if role == "lead" and marked_lead and not any(w in verb for w in _LEADING):
                role = "support"  # X牵头负责，Y、Z按职责分工负责
            marked_lead = marked_lead or any(w in verb for w in _LEADING)
            verb_led = verb_led or role == "lead"
            for was, waiting in pending:  # lists before one verb share it; a role label keeps its role
                found.add(role if was in (None, "units") else was, waiting)
            pending.clear()
            for i, piece in enumerate(pieces):
                units = _names(piece, last and i == len(pieces) - 1)
                if units is None or (strict and not all(looks_like_unit(u) for u in units)):
                    return None
                found.add(role if i == 0 else "support", _level_once(lists, piece, units))
            continue
        units = _names(seg, last)
        units = _level_once(lists, seg, units) if units is not None else None
        if units is None or (label is None and not all(looks_like_unit(u) and not _COUNTED.search(u) for u in units)):
            return None  # (限列入民生实事建设内容的73个乡镇): an unlabelled count of bodies says which, it names none
        pending.append((label, units))
        groups.append(units)
        if k in stops and label:
            # "责任单位:县安委办。各乡镇落实属地管理责任": a labelled list its sentence closes takes no later verb
            for was, waiting in pending:
                found.add(was or "units", waiting)
            pending.clear()
    for j, (role, waiting) in enumerate(pending):
        if role is None and not (labelled or verbs or bare):
            return None
        if role is None and cut and verb_led and j == len(pending) - 1:
            # "X牵头,A、B、C" where the copy stops before the list's own verb: the partners of a lead the clause names
            # by its verb, as "X牵头,A、B配合/参与/按职责分工负责" reads them (support); a 责任单位 label's list stays units
            role = "support"
        found.add(role or "units", waiting)
    for rule in found.rules:
        if rule.kind == "mark-lead":
            mark_leads(found.roles, rule.names[0])
    units = found.roles.get("units", [])
    if any(r.kind == "front-lead" for r in found.rules) and not found.roles.get("lead") and units:
        # 排在前位为牵头部门: the group set off before the first comma leads, else the first unit
        front = [n for n in (groups[0] if len(groups) > 1 else units[:1]) if n in units]
        found.roles["lead"] = front
        found.roles["units"] = [n for n in units if n not in front]
    leads = found.roles.get("lead", [])
    if any(r.kind == "first-lead" for r in found.rules) and not marked_lead and len(leads) > 1 \
            and not found.roles.get("support"):
        # "(…省经信委、省发改委负责。责任单位两个以上的,列第一者为牵头单位,下同)": the rule the clause states names its
        # own lead too, the others named with 负责 beside it supporting (as X牵头负责,Y、Z按职责分工负责) — read in the
        # clause, so another clause of the same task naming its own lead leaves it so
        found.roles["support"] = leads[1:]
        found.roles["lead"] = leads[:1]
    found.roles = {k: v for k, v in found.roles.items() if v}
    return found if found.roles or found.rules else None


def _level_once(lists: list[str], piece: str, units: list[str]) -> list[str]:
    """"市发改委、工信局、行政审批局牵头,生态环境局、交通局等配合": a clause whose first list writes its level once, for
    all its departments, writes it once for the clause: a later list of bare departments takes it too (市生态环境局,
    市交通局), as the first list's do; a later list that writes a level or place of its own stays as written.
    `lists` holds the first list's first name once the first list has been read."""
    if not lists:
        raw = [p.strip() for p in split_outside_brackets(piece, "、")[0]]
        once = len(raw) > 1 and len(units) == len(raw) and units[0] == raw[0] and _LIST_LEVEL.match(fold(raw[0])) \
            and any(u != r for u, r in zip(units[1:], raw[1:]))
        lists.append(units[0] if once else "")
        return units
    if not lists[0] or not units:
        return units
    return _shared_level([lists[0]] + units)[1:]


def mark_leads(roles: dict[str, list[str]], mark: str) -> None:
    """责任单位:☆经信局、科技局 (标☆的为牵头单位): the names marked are the lead, written without the mark."""
    for role in list(roles):
        marked = [n for n in roles[role] if n.startswith(mark) and len(n) > len(mark)]
        if marked and role != "lead":
            roles[role] = [n for n in roles[role] if n not in marked]
            lead = roles.setdefault("lead", [])
            lead.extend(n[len(mark):] for n in marked if n[len(mark):] not in lead)


def _standing_tail(clause: str) -> tuple[str, list[Rule]]:
    """"A、B,以下均需C,D、E管委会落实,不再列出": a standing rule closing the clause's own sentence, its list
    running over commas up to the word that ends it (不再列出, 下同): the clause before the rule, and the rule."""
    parts, seps = split_outside_brackets(clause, ",，")
    for i in range(1, len(parts)):
        if not (_STANDING.match(parts[i].strip()) and re.search(r"[均都]", parts[i])):
            continue
        end = next((j for j in range(i + 1, len(parts)) if _ONWARD.fullmatch(parts[j].strip())), None)
        if end is None or not all(_ONWARD.fullmatch(p.strip()) for p in parts[end:] if p.strip()):
            continue
        rule = _standing(",".join(p.strip() for p in parts[i:end]))
        if rule:
            return "".join(p + sep for p, sep in zip(parts[:i], seps)).rstrip(",，"), [rule]
    return clause, []


def _standing_sentence(sentence: str) -> Rule | None:
    """"以下均需各县市区人民政府,阜阳经开区、阜合园区管委会负责落实,不再列出": a sentence of its own stating a
    standing rule whose list runs over a comma up to the word that ends it — the rule read whole, or None."""
    parts = [p.strip() for p in split_outside_brackets(sentence.strip(), ",，")[0]]
    end = next((j for j in range(1, len(parts)) if _ONWARD.fullmatch(parts[j])), None)
    if end is None or end < 2 or not all(_ONWARD.fullmatch(p) for p in parts[end:] if p):
        return None
    return _standing(",".join(parts[:end]))


def _led_rule(sentence: str) -> Rule | None:
    """"明确牵头部门的,有关部门配合,不逐一列出,下同" -> carry-led support [有关部门]: the bodies a rule names for the
    tasks that name a lead (its case said first), in the role its verb gives; None for any other sentence."""
    parts = [p.strip() for p in split_outside_brackets(sentence.strip(), ",，")[0] if p.strip()]
    if len(parts) < 3 or not _IF_LED.match(parts[0]) or not all(_ONWARD.fullmatch(p) for p in parts[2:]):
        return None
    v = _VERB_AT_END.search(parts[1])
    names = _names(parts[1][: v.start()]) if v and v.start() > 0 else None
    if not names or not all(looks_like_unit(n) for n in names):
        return None
    return Rule("carry-led", _verb_role(v.group(1), False), tuple(names))


def _conditioned_first_lead(sentence: str) -> bool:
    """"责任单位两个以上的,列第一者为牵头单位,下同": a reading rule with the case it covers (a list of more than one)
    said first."""
    parts = [p.strip() for p in split_outside_brackets(sentence.strip(), ",，")[0] if p.strip()]
    return len(parts) >= 2 and bool(_IF_SEVERAL.match(parts[0])) and bool(_FIRST_LEAD.search(parts[1])) \
        and all(_ONWARD.fullmatch(p) for p in parts[2:])


def _rules_of(seg: str) -> list[Rule]:
    """The rules a segment states (an empty list when it states none)."""
    if _FRONT_LEAD.search(seg):
        return [Rule("front-lead")]
    if _FIRST_LEAD.search(seg):
        return [Rule("first-lead")]
    rule = _standing(seg)
    return [rule] if rule else []


def _standing(sentence: str) -> Rule | None:
    """以下各项工作均需各县、区人民政府落实 -> carry implement [各县人民政府, 各区人民政府]."""
    m = _STANDING.match(sentence)
    if not m or not re.search(r"[均都]", sentence):
        return None
    rest = sentence[m.end():]
    rest = re.sub(r"[均都](?:需|须|要|由|应)?", "", rest, count=1)
    role = "units"
    if rest.startswith("涉及"):
        rest = rest[2:]
    else:
        rest = _DUTY_OBJECT.sub(r"\1", rest)
        v = _VERB_AT_END.search(rest)
        if not v:
            return None
        role = _verb_role(v.group(1), False)
        rest = rest[: v.start()]
    names = _names(rest.strip())
    if not names or not all(looks_like_unit(n) for n in names):
        return None
    below_only = re.match(r"(?:以下|下列)", sentence) is not None  # 以下…: the tasks below; 此项及以下…: this one too
    return Rule("carry", role, tuple(names), not below_only)


# ------------------------------------------------------------------ a task's text

def extract(text: str) -> dict[str, list[str]]:
    """Roles named in a task's text (names as written); see read for the rules it may carry."""
    return read(text).roles


# "──由市卫生局会同有关部门…组织落实": a dash opening a clause line (an older layout's mark before who does it)
_LEAD_DASH = re.compile(r"^\s*[—─]{1,4}\s*(?=由)")


def read(text: str) -> Found:
    """Roles and rules of a task's text: every clause in brackets, clause lines (wrapped lines
    joined), else the unbracketed clause after a line's last sentence, else a 由…会同… sentence."""
    folded = fold(text)
    out = Found()
    lines = _joined([piece for line in folded.split("\n") for piece in _spaced_fields(_LEAD_DASH.sub("", line))])
    end = len(lines) - 1
    after_label = False  # the line above is a labelled clause line (配合单位:…)
    for n, line in enumerate(lines):
        found = _in_line(line, n == end)
        if not found.roles and after_label:
            found = _unlabelled_list(line) or found
        after_label = bool(_ANY_LABEL.match(_labels_unbracketed(line).strip()))
        for role, names in found.roles.items():
            out.add(role, names)
        out.rules += [r for r in found.rules if r not in out.rules]
    if not out.roles and not out.rules:
        for line in row_cells(lines) or []:  # a headerless table's unit cells below the row's task cell
            out.add("units", _unlabelled_list(line).roles["units"])
    out.roles = {role: [written(text, folded, n) for n in names] for role, names in out.roles.items()}
    out.rules = [Rule(r.kind, r.role, tuple(written(text, folded, n) for n in r.names), r.here) for r in out.rules]
    return out


def cell_kind(line: str) -> str | None:
    """"units" for a line that is a list of unit names alone (no label, no role word, no sentence mark: a unit cell of
    a table copied one cell per line), "person" for a person's name alone (a leader cell), else None."""
    if _unlabelled_list(fold(line)):
        return "units"
    return "person" if person_cell(line) else None


def row_cells(lines: list[str]) -> list[str] | None:
    """The unit lines of the run of cells that closes a task's text after its prose: each line a unit list alone or a
    person's name, the last a person (镇创卫办 / 各村(居、场) / 林玉铭 below the row's task cell, a headerless table's
    unit and leader cells copied one a line), the line above the run a sentence closed. None where the text does
    not end so."""
    run: list[tuple[str, str]] = []
    for line in reversed(lines):
        kind = cell_kind(line)
        if kind is None:
            break
        run.insert(0, (kind, line))
    if not run or len(run) == len(lines) or run[-1][0] != "person" or not any(k == "units" for k, _ in run):
        return None
    if not fold(lines[len(lines) - len(run) - 1]).rstrip().endswith(("。", "；", ";")):
        return None
    return [line for kind, line in run if kind == "units"]


def _unlabelled_list(line: str) -> Found | None:
    """A line of unit names alone, with no label, right below a task's labelled clause lines (牵头单位:县住建局 /
    配合单位:… / 各乡镇(街道)、黎阳建管办): a list whose label the copy lost, the units named with no role."""
    f = line.strip().rstrip("。.;；")
    if not f or re.search(r"[,，:：;；。]", f) or f[0] in _OPEN:
        return None
    found = parse_clause(f, bare=True, strict=True)
    if not found or set(found.roles) != {"units"} or found.rules:
        return None
    return found


# a labelled field after a space, on a line of fields run together ("… 牵头领导:王仁洲 责任单位:市公安局 配合单位:…")
_SPACED_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,8}[:：])")


def _spaced_fields(line: str) -> list[str]:
    """A table's or a form's labelled fields flattened onto one line, a space before each label (…试运营。 牵头领导:X
    责任单位:Y 项目责任人:Z 配合单位:…): one field a line, as a copy that kept its line breaks writes them. Only where
    two fields or more follow so, one of them a role's label."""
    starts = [m.end() for m in _SPACED_FIELD.finditer(line)]
    if len(starts) < 2 or not any(_LABEL.match(line, k) for k in starts):
        return [line]
    out = []
    for a, b in zip([0] + starts, starts + [len(line)]):
        piece = line[a:b].strip()
        label = _LABEL.match(piece)
        gap = re.search(r"\s", piece[label.end():]) if label else None
        if gap:  # a role's value ends at the space that parts the fields (…,各区政府 鄞州 海曙…: a table of figures after
            # it, holding no label, left out: it would read as the list wrapped onto a line of its own)
            out.append(piece[: label.end() + gap.start()])
        elif piece:
            out.append(piece)
    return out


def rules_in(text: str) -> list[Rule]:
    """Standing rules stated in prose outside any task ("以下任务各乡镇(街道)均须抓好落实,不再逐项列出")."""
    folded = fold(text)
    out: list[Rule] = []
    for sentence in re.split(r"[。;；]", folded):
        if not _ONWARD.search(sentence) and not re.match(r"(?:以下|下列)", sentence.strip()):
            continue
        for seg in split_outside_brackets(sentence, ",，")[0]:
            for rule in _rules_of(seg.strip()):
                out.append(Rule(rule.kind, rule.role, tuple(written(text, folded, n) for n in rule.names), rule.here))
    return out + unless_noted_rules(text) + duties_below_rules(text)


# 2024年,区政府要全面实施…,全面完成…的主要任务,主要承担以下工作: a body as the subject of 要 in a paragraph that
# closes on the duties it takes on below (a 责任清单's part for one body): that body leads each item after it
_DUTIES_BELOW = re.compile(r"^(?:[^,，:：]{0,12}[,，])?([^,，:：《》“”]{2,20}?)要[^。;；]*?[,，](?:主要|具体)?(?:承担|负责|做好)"
                           r"(?:以下|下列|如下)(?:几项|各项)?(?:工作|任务|职责)[:：]?$"
                           # 各区县医保部门要在宣传工作中,着重宣传以下内容,同时可结合本地实际,适当扩展宣传内容。: the
                           # subject of 要 over the contents it is to put across, a closing clause of leeway after them
                           r"|^(?:[^,，:：]{0,12}[,，])?([^,，:：《》“”]{2,20}?)要[^。;；]*?[,，](?:着重|重点)?(?:宣传|宣讲|讲解)"
                           r"(?:以下|下列|如下)(?:几项|各项)?内容(?:[:：]|[,，][^。;；:：]*[。]?)?$")


def duties_below_rules(text: str) -> list[Rule]:
    """"2024年,区政府要全面实施…,主要承担以下工作:": the body opening the paragraph, the subject of its 要, is the
    lead carried to every task below that names no unit of its own (as a part titled with its body carries it)."""
    folded = fold(text).strip()
    m = _DUTIES_BELOW.match(folded)
    if m is None:
        return []
    body = (m.group(1) or m.group(2)).strip()
    if not (looks_like_unit(body) and plausible_name(body)):
        return []
    return [Rule("carry", "lead", (written(text, folded, body),), False)]


# 除特别注明的外,各县(市、区)政府和…管委会都是配合单位: a standing rule stated once for every task, those that name
# their own units excepted
_UNLESS_NOTED = re.compile(r"^除(?:特别|另有|另行|单独|专门)?(?:注明|标注|标明|列明|明确)(?:的|者)?(?:以)?外[,，]?(.+?)"
                           r"(?:都|均|皆)(?:是|为|作为)(牵头|配合|协办|参与|责任|落实)(?:单位|部门)$")
_NOTED_ROLE = {"牵头": "lead", "配合": "support", "协办": "support", "参与": "support", "责任": "units", "落实": "implement"}


def unless_noted_rules(text: str) -> list[Rule]:
    """"除特别注明的外,A和B、C管委会都是配合单位": a standing rule stated once, in a letter or in prose, for every task
    after it (a task naming one of them itself keeps its own role): carry the list in the role its label gives."""
    folded = fold(text)
    out: list[Rule] = []
    for sentence in re.split(r"[。;；]", folded):
        m = _UNLESS_NOTED.match(sentence.strip())
        if m is None:
            continue
        names = _names(m.group(1).strip())
        if names and all(looks_like_unit(n) for n in names):
            out.append(Rule("carry", _NOTED_ROLE[m.group(2)], tuple(written(text, folded, n) for n in names), False))
    return out


def letter_rules(text: str) -> list[Rule]:
    """A covering notice's reading rule for the lists of the 分解 it sends, stated once in its letter with no 下同
    ("请各单位(责任单位中排序第一单位为牵头单位)按照职责…落实"): the first unit of each list below is the lead."""
    folded = fold(text)
    for sentence in re.split(r"[。;；]", folded):
        if re.search(r"责任单位|责任部门", sentence):
            rules = [r for r in _rules_of(sentence) if r.kind in ("first-lead", "front-lead")]
            if rules:
                return rules[:1]
    return []


# a working group's members under a bare 成员 label, named by their bodies alone (组长:副县长 / 成员:城建局、土地局、
# 林业局、佳芦镇政府): the units the item names, as a 成员单位 list (a list of persons is no clause)
_MEMBERS = re.compile(r"^\s*成员\s*[:：]\s*")


def _member_bodies(line: str) -> Found | None:
    m = _MEMBERS.match(line)
    found = _unlabelled_list(line[m.end():]) if m else None
    return found if found and len(found.roles["units"]) >= 2 else None


def is_clause_line(text: str) -> bool:
    """A line that is only a responsibility clause: `责任单位:…`, `(牵头单位:…)`, `部门分工:…`."""
    f = _labels_unbracketed(fold(text)).strip().rstrip("。.;；")
    if _ANY_LABEL.match(f) or _member_bodies(f):
        return True
    groups = _brackets(f)  # one bracket group from the line's start to its end
    return len(groups) == 1 and groups[0][0] == 0 and groups[0][1] >= len(f) - 1 and parse_clause(groups[0][2], bare=True) is not None


# a role word a PDF copy split with a space (牵 头单位:, 责 任单位:)
_SPLIT_LABEL = re.compile(r"([牵配协参责主落])\s([头合办同与任责实])(?=(?:单位|部门|科室|处室)\s*[:：])")


def _labels_unbracketed(f: str) -> str:
    """"【责任单位】A、B" -> " 责任单位:A、B", "牵 头单位:" -> " 牵头单位:" (as long, so offsets keep)."""
    f = _SPLIT_LABEL.sub(lambda m: " " + m.group(1) + m.group(2), f)
    return _BRACKETED_LABEL.sub(lambda m: " " + m.group(1) + ":", f)


def _joined(lines: list[str]) -> list[str]:
    """Clause lines wrapped by a PDF copy joined again: "协办单位:…、园区党工" + "委、各街道党工委"."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        if out and s and _continues(out[-1], s):
            out[-1] = out[-1].rstrip() + s
        else:
            out.append(line)
    return out


def _continues(prev: str, line: str) -> bool:
    p = prev.strip()
    opened = p and p[0] in _OPEN and depth(p, _OPEN, _CLOSE) > 0
    if p and not opened and depth(p, _OPEN, _CLOSE) > 0:
        # a clause opened after the task's last sentence and wrapped by the page: "…考核内容。(牵头单位:
        # 市应急管理局;配合单位:市发展改革" + "委、市财政局)": read from its bracket on; the page may break
        # the line inside the clause's first name ("…整改复耕。〔县自然资" + "源局、县农业农村局…负责〕"), which
        # opens a clause only with the rest of its name
        start = _brackets(p)[-1][0]
        inner = p[start:]
        if start > 0 and p[start - 1] in _SENTENCE_END and (
                _clause_opening(inner[1:]) or _first_name_wrapped(inner[1:], line)):
            p, opened = inner[1:], True
    if not (_ANY_LABEL.match(p) or opened) or p.endswith(tuple(_SENTENCE_END + _CLOSE)):
        return False
    if _ANY_LABEL.match(line) or re.search(r"[。;；:：!！?？]", line):
        return False
    items = [x.strip() for x in split_outside_brackets(line.rstrip(_CLOSE), "、,，")[0]]
    if p.endswith(("、", ",", "，")):
        return all(looks_like_unit(x) and plausible_name(x) for x in items if x)
    head = split_outside_brackets(p, "、,，:：")[0][-1].strip()
    return wrapped_name(head, items[0])


# the suffix an office's name ends in (应急局, 发展改革委, 人民政府)
OFFICE_END = re.compile(r"(?:局|委|办|厅|部|中心|队|处|站|院|所|署|会|室|政府)$")


def wrapped_name(head: str, rest: str) -> bool:
    """A unit's name a page broke over two lines: "市发展改革" + "委", "市住房和城乡" + "建设局"."""
    whole = head + rest
    if not (len(rest) <= 8 and looks_like_unit(whole) and plausible_name(whole)):
        return False
    if not (looks_like_unit(head) and looks_like_unit(rest)):
        return True
    # both halves read as names, but the page broke the line inside one: no separator ends the line
    return broken_after_level(head, rest)


def broken_after_level(head: str, rest: str) -> bool:
    """The head writes a level and ends in no office's suffix (市住房和城乡), the rest writes no level of its
    own (建设局): a name broken inside, not two names."""
    return bool(re.match(r"[省市区县各]", head) and not OFFICE_END.search(head) and not re.match(r"[省市区县镇乡各]", rest))


def _first_name_wrapped(head: str, line: str) -> bool:
    """A bracket's first name broken at the line's end: the head is no name alone, the head and the next
    line's first item make one ("县自然资" + "源局、县农业农村局…"), and with the next line it opens a clause."""
    if not head or split_outside_brackets(head, "、,，")[0][-1].strip() != head.strip():
        return False
    first = split_outside_brackets(line.strip(), "、,，")[0][0].strip()
    return bool(first) and not looks_like_unit(head.strip()) and wrapped_name(head.strip(), first) \
        and _clause_opening(head.strip() + line.strip())


def _clause_opening(s: str) -> bool:
    """The start of a clause: a role label, or a unit's name then 、 or a role verb."""
    if _ANY_LABEL.match(s):
        return True
    head = split_outside_brackets(s, "、,，")[0][0].strip()
    return looks_like_unit(head) and plausible_name(head) and (len(head) < len(s) or bool(_VERB_AT_END.search(s)))


def _brackets(line: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of each bracket group at depth 0; an unclosed one runs to the end."""
    out, stack = [], []
    for i, c in enumerate(line):
        if c in _OPEN:
            stack.append(i)
        elif c in _CLOSE and stack:
            start = stack.pop()
            if not stack:
                out.append((start, i, line[start + 1 : i]))
    if stack:
        out.append((stack[0], len(line), line[stack[0] + 1 :]))
    return out


_LAST_NAME = re.compile(r"[^、,，;；:：\s]*$")


def without_cut_name(clause: str) -> str:
    """A clause the copy stops inside, less the name it stops inside ("牵头单位:市人力资源社会保" -> "牵头单位:")."""
    tail = _LAST_NAME.search(clause)
    # a name cut after its qualifier (…,省各有关) is no name either, though it reads like one
    cut = tail.group(0) and (not looks_like_unit(tail.group(0)) or _QUALIFIER_AT_END.search(fold(tail.group(0))))
    return clause[: tail.start()] if cut else clause


# a field's own number alone before its label: ①, ⑴, (1)
_ENUMERATOR_ONLY = re.compile(r"\s*(?:[①-⑳⑴-⒇]|[(（]\d{1,2}[)）])\s*")


def _in_line(line: str, last_line: bool) -> Found:
    out = Found()
    f = _labels_unbracketed(line)
    if members := _member_bodies(f):
        return members
    stripped = f.rstrip(" 。.;；")
    for label in _ANY_LABEL.finditer(f):
        before = f[: label.start()].rstrip()
        if not before or _ENUMERATOR_ONLY.fullmatch(before) or (before[-1] in _SENTENCE_END and depth(before, _OPEN, _CLOSE) <= 0):
            # a label line (its field numbered ①, ⑴ or (1): ①主办单位:县科协), or after the last sentence
            found = parse_clause(f[label.start():], cut=last_line, bare=True)
            notes = [(start, end, content) for start, end, content in _brackets(f) if start > label.start()]
            if found is None and notes and _labelled_sentences(notes[0][2]):
                # the list, then a note in brackets with a list of its own: the list without the notes
                found = parse_clause(f[label.start(): notes[0][0]], cut=last_line, bare=True)
            if found:
                for _start, _end, content in notes:
                    _add(found, _labelled_sentences(content))
                return found
    for start, end, content in _brackets(f):
        closed = end < len(f)
        if not closed and last_line and _CUT_LABEL.fullmatch(content.strip()):
            continue  # "…(责任科": the copy stops inside the clause's label, before any name
        before = f[:start].rstrip()
        after = f[end + 1 :].strip() if closed else ""
        # a bare list of names counts where a clause stands: closing a sentence, alone on its line
        bare = (not before or before[-1] in _SENTENCE_END + _CLOSE) and (not after or after[0] in _SENTENCE_END + _OPEN)
        cut = not closed and last_line
        found = parse_clause(content, cut=cut, bare=bare) or _labelled_sentences(without_cut_name(content) if cut else content) \
            or _closing_names(content, after, closed, before)
        if found:
            for role, names in found.roles.items():
                out.add(role, names)
            out.rules += found.rules
    if out.roles or out.rules:
        if brackets := _brackets(f):
            _add(out, _carried_out_by(f[brackets[-1][1] + 1:]))
        return out
    # an unbracketed clause after the line's last sentence: "…。区应急局牵头，区住建局配合"
    cut = max(stripped.rfind("。"), stripped.rfind(";"), stripped.rfind("；"))
    tail = stripped[cut + 1 :]
    if tail.strip():
        # (a tail closed by its own 。 is whole, not cut by the copy's end: "…;市科技、财政等部门按照职责,协同做好相关
        # 工作。" is the subject of a sentence, its verb after the comma, no clause whose last piece the copy lost)
        found = parse_clause(tail, cut=last_line and stripped == f.rstrip(), strict=True)
        if found:
            return found
    return _led_by_cases(f) or _led_by(f, last_line and not stripped.endswith(tuple(_SENTENCE_END)) and stripped == f.rstrip()) or out


# a case the clause opens with, the matter it assigns: 对发生在县区范围内的矛盾纠纷, 跨地区、跨部门的矛盾纠纷
_CASE = re.compile(r"^[^,，。;；]{2,40}的[\u4e00-\u9fff]{2,8}$")


def _led_by_cases(line: str) -> Found | None:
    """Cases parted by semicolons, each assigning its matter to a body with 由…负责 ("对发生在县区范围内的矛盾纠纷,由当地
    党委、政府负责解决;辖区内的…单位的矛盾纠纷,由其主管部门负责解决,地方党委、政府积极配合;…", or 由…组织或指定…协调
    解决, the body that organises the work): every case's body leads
    (a pronoun before it, 其, no part of the name), the bodies its next clause names before 配合 support. None unless two
    cases or more name their body so."""
    cases = [c for c in re.split(r"[;；]", line) if c.strip()]
    out = Found()
    read = 0
    for case in cases:
        segs = split_outside_brackets(case, ",，。")[0]
        at = next((k for k, seg in enumerate(segs) if seg.strip().startswith("由")), None)
        if at is None or at == 0 or not _CASE.match(re.sub(r"^.*?(?=对|[\u4e00-\u9fff])", "", segs[at - 1].strip())):
            continue
        m = re.match(r"\s*由其?(.+?)(?:具体|全面|统一)?负责(?:解决|处理|调处|化解|办理)?$", segs[at]) \
            or re.match(r"\s*由其?(.+?)组织(?:或指定[^,，。]{2,12})?协调(?:解决|处理|调处|化解)$", segs[at])  # 由上级党委、政府组织或指定相关部门协调解决: it leads
        leads = _names(m.group(1)) if m else None
        if not leads or not all(looks_like_unit(n) for n in leads):
            continue
        out.add("lead", leads)
        read += 1
        nxt = re.match(r"\s*(.+?)(?:积极|主动|密切|全力)?(?:配合|协助|参与)$", segs[at + 1]) if at + 1 < len(segs) else None
        partners = _names(nxt.group(1)) if nxt else None
        if partners and all(looks_like_unit(n) for n in partners):
            out.add("support", partners)
    return out if read >= 2 else None


# a clause's label the copy stops inside (责任科[室], 牵头单[位], 责任): role words and the start of the kind of body
_CUT_LABEL = re.compile(rf"(?:{_ROLE_WORDS})+(?:单|处|科|股)?")


def _carried_out_by(tail: str) -> Found | None:
    """A sentence after an item's clause naming who carries it out, in the older form "由<persons>
    负责,<units>落实" ("(牵头单位:区环保厅)。由金国兴总工负责,污染物排放总量控制处落实。"): the persons
    are no units, the units after them have the role their verb gives."""
    found = Found()
    for sentence in split_outside_brackets(tail, "。;；")[0]:
        segments = split_outside_brackets(sentence.strip(), ",，")[0]
        if len(segments) < 2 or not segments[0].startswith("由"):
            continue
        verb = _VERB_AT_END.search(segments[0])
        persons = split_units(segments[0][1: verb.start()] if verb else "")
        if not persons or not is_person(persons[-1]):
            continue
        _add(found, parse_clause("，".join(segments[1:]), strict=True))
    return found if found.roles else None


_SCOPE_NOTE = re.compile(r"\s*(含|包括|包含|不含|除|其中)")


def _closing_names(content: str, after: str, closed: bool, before: str = "") -> Found | None:
    """A bare list of names glued to the end of an item's sentence, before its full stop or closing
    its text ("地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。"): units, where
    every name looks like a unit's; a scope note ("(含各辖市区)") is none, nor is a gloss of the word right
    before it, one name ending in that word's last two characters (推动我县文化馆〔数字文化馆〕: the same
    building named its other way)."""
    if not closed or (after and not after.startswith(("。", "；", ";"))) or _SCOPE_NOTE.match(content):
        return None
    tail = re.sub(r"\s+", "", before)[-2:]
    if len(tail) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", tail) and not re.search(r"[、,，;；]", content) \
            and content.strip().endswith(tail):
        return None
    return parse_clause(content, bare=True, strict=True)


def _labelled_sentences(note: str) -> Found | None:
    """The labelled lists among a bracketed note's sentences: "(咨询点设在回龙路。参加单位:A、B。各乡镇自行设点。)"."""
    found = Found()
    for sentence in split_outside_brackets(note, "。;；")[0]:
        if _LABEL.match(sentence.strip()):
            _add(found, parse_clause(sentence, bare=True))
    return found if found.roles else None


def _add(found: Found, more: Found | None) -> None:
    if more is not None:
        for role, names in more.roles.items():
            found.add(role, names)


def _shared_bu_men(names: list[str] | None) -> list[str] | None:
    """公安、交通部门 -> 公安部门, 交通部门: bare sectors before a last name in 部门 share that word."""
    if not names or len(names) < 2 or not names[-1].endswith("部门"):
        return names
    head = names[:-1]
    if all(BARE_WORD.fullmatch(n) and not looks_like_unit(n) for n in head):
        return [n + "部门" for n in head] + names[-1:]
    return names


def _bu_men_before(names: list[str]) -> list[str]:
    """市场监管、财税部门、第三方 -> 市场监管部门, 财税部门, 第三方: bare sectors right before a name in 部门, anywhere in
    a list, share that word (_shared_bu_men, for a list that ends with it)."""
    out: list[str] = []
    bare: list[str] = []
    for n in names:
        if BARE_WORD.fullmatch(n) and not looks_like_unit(n):
            bare.append(n)
            continue
        out += [b + "部门" for b in bare] if n.endswith("部门") else bare
        out.append(n)
        bare = []
    return out + bare


# where the list of partners ends and the sentence goes on: "…财政部等部门|研究提出…", "…农业部|负责…"
_PARTNER_END = (re.compile(r"^(.+?等(?:有关|相关|其他)?(?:部门|单位))"),
                re.compile(r"^(.+?(?:[局委办厅署]|部(?!门)|中心|总社|办公室))(?=[\u4e00-\u9fff])"))


def _led_by(line: str, cut: bool = False) -> Found | None:
    """由A会同B、C等部门研究提出落实意见 / 由A牵头… / 由A为主,B配合: A leads, B and C support. With `cut` (the copy
    stops at the line's end, no sentence closed) the partners of 会同 may run to the end: "由A会同有关部门和各县市区"."""
    segs = split_outside_brackets(line, ",，;；。")[0]
    for i, seg in enumerate(segs):
        m = re.match(r"\s*由(.+?)(会同|牵头|负责|为主)(.*)$", seg)  # 由县建设局为主: the main doer leads
        # …with how fully it takes the work on between the body and 负责 (由蓝田县猿人遗址文管所全面负责…): an adverb, no name
        m = m if m is None or looks_like_unit(m.group(1)) else (
            re.match(r"\s*由(.+?)(?:全面|具体|统一)(负责)(.*)$", seg) or m)
        # …or with the matter it leads before 由 ("统计联席会议制度由县政府牵头"): a name of no body, the body after 由
        m = m or re.match(r"\s*[\u4e00-\u9fff]{2,16}?(?<![自理缘事经])由(?!于|此)(.+?)(牵头|为主)(.*)$", seg)
        # …or with 负责 where the matter is named as a piece of work, an item's field's number before it
        # ("5.整个座谈会筹备工作由XXX乡党委和政府负责")
        m = m or re.match(r"\s*(?:\d{1,2}[.、．]\s*)?[\u4e00-\u9fff]{2,16}?(?:工作|活动|事宜)由(?!于|此)(.+?)(负责)(.*)$", seg)
        # …or inside the body a clause sets up, its lead named after 成立由 ("州、县市区成立由兵役机关牵头,宣传、…等部门
        # 参与的征兵宣传领导机构"): the lead of that body's work, the places setting it up no doers by that
        m = m or re.match(r"^[^,，。;；]{0,20}?成立由(?!于|此)([^,，。;；由]{2,20}?)(牵头)()$", seg)
        # an office named with its level opening a sentence with 会同 ("市教育局会同编制、财政等单位…"), 由 left out
        bare = None if m else re.match(r"\s*([^,，、由]{2,20}?)(会同)(.*)$", seg)
        if bare and not (i == 0 and _GOV.search(bare.group(1)) and not bare.group(1).startswith("各")):
            bare = None
        m = m or bare
        if not m and i + 1 < len(segs) and re.match(r"\s*(?:牵头|负责)", segs[i + 1]):
            # 由县安委办制定方案,牵头组织开展…: the body 由 names does a first thing, then leads in the next clause
            m = re.match(r"\s*由(.+?(?:[局委办厅署]|中心|办公室|政府|部门))()(?=[\u4e00-\u9fff])(?![局委办厅署室])(.*)$", seg)
        if not m:
            continue
        # 由各行业主管部门各司其职牵头组织: the doers, then how each acts (各司其职, 各负其责), no name of their own
        who = re.sub(r"(?<=[\u4e00-\u9fff]{2})各.其.$", "", m.group(1))
        # (由水利由水利部门负责实施: a copy that set 由 twice, the body after the last; 由乡镇(街道)和村共同负责实施: the
        # bodies together, 共同 how they act, a village named by its level alone after 和 one of them)
        if "由" in who and looks_like_unit(who.rsplit("由", 1)[1]):
            who = who.rsplit("由", 1)[1]
        who = re.sub(r"(?<=[\u4e00-\u9fff)）])(?:共同|一起|联合)$", "", who)
        joined = re.fullmatch(r"(.{2,20}?)[和及与](村|社区|村委会|居委会)", who)
        leads = _shared_bu_men([joined.group(1), joined.group(2)] if joined and looks_like_unit(joined.group(1)) else _names(who))
        # (a sector's organ named by its kind, 兵役机关, leads as a body does)
        if not leads or not all(looks_like_unit(n) or (m.group(2) == "牵头" and _SECTOR_DEPARTMENT.match(n))
                                or (joined and n == joined.group(2)) for n in leads):
            continue
        out = Found()
        out.add("lead", leads)
        # "由公安、交通部门负责,有关部门配合": the next clause names who supports
        nxt = re.match(r"\s*(.+?)(?:配合|协助|参与|参加)$", segs[i + 1]) if m.group(2) != "会同" and i + 1 < len(segs) else None
        partners = _names(nxt.group(1)) if nxt else None
        if partners and all(looks_like_unit(n) for n in partners):
            out.add("support", partners)
        elif m.group(2) != "会同" and i + 1 < len(segs) and (sectors := _BARE_SECTORS_TAKING_PART.match(segs[i + 1])):
            # "…成立由兵役机关牵头,宣传、教体、民政、人力资源和社会保障等部门参与的…机构": bare sectors closed by 等部门 with no
            # qualifier take part, each sharing 部门 (宣传部门, 教体部门, …), as before a modal
            out.add("support", [x + "部门" for x in sectors.group(1).split("、")])
        elif m.group(2) != "会同" and i + 1 < len(segs) and (part := _TAKING_PART_LIST.match(segs[i + 1])):
            # "…由县政府牵头,发改、财政、税务等有关部门参加": bare sectors in a list closed by a group tail take part
            out.add("support", part.group(1).split("、") + [part.group(2)])
        if m.group(2) == "会同":
            items, _ = split_outside_brackets(m.group(3), "、")
            end = next((m for m in (p.match(items[-1]) for p in _PARTNER_END) if m), None) if items else None
            if end:
                partners = _names("、".join(items[:-1] + [end.group(1)]))
                if partners and all(looks_like_unit(n) for n in partners):
                    out.add("support", partners)
            elif cut and i == len(segs) - 1 and items:
                # the copy stops before the verb: the names after 会同 are all partners, the last one whole or not
                partners = _names(without_cut_name("、".join(items)))
                if partners and all(looks_like_unit(n) for n in partners):
                    out.add("support", partners)
        return out
    return None


# ------------------------------------------------------------------ a part titled with the unit that leads it

# "一、县示范区管委会牵头工作(8项)": a part of a task list made of the tasks one unit leads
_LEADS_PART = re.compile(r"^(.{2,40}?)牵头(?:的)?(?:重点)?(?:工作|任务|事项)*\s*(?:[(（]\s*(?:共\s*)?\d{1,3}\s*项\s*[)）])?$")
# "一、党委:主体责任": a 责任清单's part made of the duties of one 责任主体, named with the kind of its duty
_DUTY_PART = re.compile(r"^(.{2,20}?)\s*[:：]\s*[\u4e00-\u9fff]{0,6}责任$")
# "一、强化科技创新(区科技局牵头)": a part's theme with the unit that leads all its items in brackets
_THEMED_LEAD = re.compile(r"^[^(（)）:：,，。]{2,20}[(（]([^()（）]{2,40}?)牵头[)）]$")
# "(一)构建法治环境保障体系(总牵头单位:县委依法治县委员会办公室)": the same, the lead named by a label in the brackets
_THEMED_LABEL_LEAD = re.compile(r"^[^(（)）:：,，。]{2,20}[(（]总?牵头(?:责任)?(?:单位|部门)\s*[:：]\s*([^()（）:：;；]{2,40}?)[)）]$")


def part_leads(title: str) -> list[str] | None:
    """The units a part's title names as leading all its tasks (县示范区管委会牵头工作(8项)), as written."""
    found = part_roles(title)
    return found[1] if found and found[0] == "lead" else None


def titled_as_led(title: str) -> list[str] | None:
    """The units a heading names as leading the work under it in words (省编办牵头的工作, 县示范区管委会牵头工作(8项)),
    as written; not a part titled with a body's name alone (十二、市民政局), which may head one item's problems."""
    head = fold(title).strip().rstrip("。:：")
    # (…its paragraph glued behind it by a space where a copy ran the lines together: 省监察委员会牵头的工作 强化行政监察)
    m = _LEADS_PART.match(head) or (_LEADS_PART.match(head.split()[0]) if len(head.split()) > 1 else None)
    return _units_named(title, m)


def _units_named(title: str, m: re.Match | None) -> list[str] | None:
    """The units a title's pattern caught in its first group, as written, if every name is a unit's."""
    names = _names(m.group(1)) if m else None
    return [written(title, fold(title), n) for n in names] if names and all(looks_like_unit(n) for n in names) else None


def part_roles(title: str) -> tuple[str, list[str]] | None:
    """The role and the units a part's title gives all its tasks, as written: lead for the unit that leads
    them (县示范区管委会牵头工作(8项), 强化科技创新(区科技局牵头)) or whose duties they are, the part titled with its name alone (十二、市民政局:
    a list of departments' duties), units for the 责任主体 whose duties they are (党委:主体责任)."""
    folded = fold(title).strip().rstrip("。:：")
    for role, pattern in (("lead", _LEADS_PART), ("units", _DUTY_PART), ("lead", _THEMED_LEAD), ("lead", _THEMED_LABEL_LEAD)):
        units = _units_named(title, pattern.match(folded))
        if units:
            return role, units
    # 十二、市民政局: its numbered duties below; 第七条 区科委工作职责 / (一)县农机局职责: the same, titled as its duties
    m = _DUTIES_OF.match(folded)
    names = _names(m.group(1) if m else folded)
    if names and all(_holder(n) and (_LEVEL_BODY.match(n) or _DEPARTMENTS.match(n) or _GRASSROOTS_ORGAN.match(n))
                     for n in names):
        return "lead", [written(title, fold(title), n) for n in names]
    if _grassroots_holders(names):
        # (五)南庄镇、各街道办事处: the place's towns and 街道 named together, one of them by its organ, over their duties
        return "lead", [written(title, fold(title), n) for n in names]
    # 一、文化馆党支部意识形态工作主体工作职责 / 2、党组工作责任: a Party organisation's duties in one field of work, as a
    # part of a duty list over its items (支部书记…工作职责 is a person's)
    m = _PARTY_DUTIES.match(folded)
    if m:
        return "lead", [written(title, fold(title), m.group(1))]
    m = _HANDED_PART.match(folded)
    if m and len(m.group(1)) >= 3 and "各" not in m.group(1) and kind_of(m.group(1)) in ("town", "village", "department"):
        return "units", [written(title, fold(title), m.group(1))]  # (一)鹿城镇(14个): the problems handed to it
    return None


# "区科委工作职责", "县农机局职责": a part of a list of units' duties titled as the duties of its holder
_DUTIES_OF = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]{1,5}条\s*)?([\u4e00-\u9fff()（）]{2,24}?)(?:的)?(?:主要)?(?:工作)?职责$")


# the duties of a Party organisation (its 党组, 党委, 党总支 or 党支部, named alone or with its body's name), in a field
# of work or none: 文化馆党支部意识形态工作主体工作职责, 党组工作责任, 机关党委职责 (not its 主体责任 alone, a kind of duty)
_PARTY_DUTIES = re.compile(r"^((?:[\u4e00-\u9fff]{1,12}?)?(?:党组|党委|党总支|党支部))(?:[\u4e00-\u9fff]{2,10}?工作)?"
                           r"(?:主体)?(?:工作职责|职责|工作责任)$")


# (一)鹿城镇(14个): a 督查通报's part naming the one body its counted problems were handed to (交办), no role word
_HANDED_PART = re.compile(r"^([\u4e00-\u9fff]{2,20})\(\d+(?:个|项|处|条|件)\)$")


# ------------------------------------------------------------------ rules over a plan

def _own_lead_word(task: dict) -> bool:
    """Whether a task's words name a lead themselves (牵头, 主办…), beside a reading rule's own 牵头."""
    words = _FIRST_LEAD.sub("", fold(task.get("text") or ""))
    # 牵头 before an institution it qualifies (重点考核牵头医院医疗资源下沉): a noun, the 医联体's leading hospital, no role
    words = re.sub(r"牵头(?=医院|学校|高校|企业|机构)", "", words)
    return any(w in words for w in _LEADING)


def apply_rules(tasks: list[dict], stated: list[tuple[int, Rule]] = ()) -> None:
    """Apply the rules clauses set (each task's `_rules`) and rules stated in prose outside tasks
    ((line, rule)) to the tasks after them, in line order; a task's `refs` hold its own names,
    `_carried` the names a standing rule adds (never a name the task writes itself)."""
    prose = sorted(stated, key=lambda x: x[0])
    carry: list[Rule] = []
    first_lead = False
    marks: list[str] = []  # 标☆的为牵头单位,下同: the marks that name the lead in later clauses
    for task in sorted(tasks, key=lambda t: t["line"]):
        while prose and prose[0][0] < task["line"]:
            rule = prose.pop(0)[1]
            first_lead = first_lead or rule.kind in ("first-lead", "front-lead")
            carry += [rule] if rule.kind == "carry" and rule not in carry else []  # (a letter's rule read again in its prose)
        own = task.pop("_rules", [])
        refs = task.setdefault("refs", {})
        named = {fold(n) for names in refs.values() for n in names}
        for rule in own:
            if rule.kind == "carry" and rule.here or rule.kind == "carry-led" and refs.get("lead"):
                # the rule's own task: its names are the task's own words (a rule for the tasks naming a lead: if it names one)
                refs.setdefault(rule.role, []).extend(n for n in rule.names if fold(n) not in named)
                named |= {fold(n) for n in rule.names}
        for mark in marks:
            mark_leads(refs, mark)
        marks += [r.names[0] for r in own if r.kind == "mark-lead" and r.names[0] not in marks]
        first_lead = first_lead or any(r.kind in ("first-lead", "front-lead") for r in own)
        if first_lead and not refs.get("lead") and refs.get("units"):
            refs["lead"] = [refs["units"].pop(0)]  # 列第一位者为牵头单位，下同
            if not refs["units"]:
                del refs["units"]
        elif first_lead and len(refs.get("lead", [])) > 1 and not refs.get("support") and not _own_lead_word(task):
            # "(A、B、C等负责,列第一位的为牵头部门,下同)": the rule names the lead; the others, named with 负责
            # beside it, support (as X牵头负责,Y、Z按职责分工负责)
            refs["support"] = refs["lead"][1:]
            refs["lead"] = refs["lead"][:1]
        for rule in carry:
            names = [n for n in rule.names if fold(n) not in named]
            if names and (rule.kind == "carry" or refs.get("lead")):
                task.setdefault("_carried", {}).setdefault(rule.role, []).extend(names)
        carry += [r for r in own if r.kind in ("carry", "carry-led") and r not in carry]


def one_entry(tasks: list[dict]) -> None:
    """A unit a task names with a role and again with none is one entry, in its role: a 分解表 row whose 责任单位
    cell lists the 牵头单位 cell's name again (区发改局 | 区发改局), a clause "责任单位:县安委办,…" after the item's
    "由县安委办…牵头" (README: one entry per unit)."""
    for task in tasks:
        refs = task.get("refs") or {}
        roled = {fold(n) for role, names in refs.items() if role != "units" for n in names}
        if roled and refs.get("units"):
            refs["units"] = [n for n in refs["units"] if fold(n) not in roled]
            if not refs["units"]:
                del refs["units"]


# ------------------------------------------------------------------ doers named as a sentence's subject

# "各地、各部门和各单位要…" / "城市街道办事处、社区居民委员会应当…": government bodies that open a sentence (or a
# clause after its comma: "…,县森林消防指挥部、县教育局要联合…") as the subject of 要/应当/须, or of a role verb
# ("镇应急办牵头,组织…", "…指挥部负责辖区内的防潮工作", "县安监局配合在…"). Only bodies of government count:
# regulated parties (建设单位, 矿山企业, 各医疗机构, 经营者) are the objects of a plan, not its doers.
_NOT_VERB = r"(?!人|同志|单位|部门|的|制|范围|区域)"  # 负责人, 牵头单位, 负责制: a noun, not the verb
# (the 落实 of 贯彻落实 right behind the modal, care between, names the subject as the one carrying the work out:
# "各乡镇各部门要认真贯彻落实…" implement; a bare 要落实…责任 stays none)
# (or of a verb after how often it acts: "县、乡(镇)安委会每月至少召开一次会议", "…领导小组全年召1-2次会议", "镇、村两级人民调解委员会
# 每10天定期开展排查活动" (a count of days, then the act it holds at that interval), "乡党委、政府每年研究双拥工作不少于
# 两次", "…领导小组每年召开一次全体成员会议"; the 要 of 主要, 重要, 需要, 必要 is no
# modal: 各部门主要负责人 are persons, no 各部门主)
_SUBJECT = re.compile(rf"^([^，,。;；:：“”]{{2,60}}?)(?:(?:[，,](?:都|均))?[，,]?(?:(?<![主重需必只纪摘概])要(?!求|急)|应当|应(?!急|用|对|该)|须|必须|务必)(?:(?:(?:及时|切实|认真)?调度(?=督)|全面(?=负责)|(?:认真|切实|全面)?贯彻(?=落实))?(牵头|负责|配合|协助|督促|督导|(?<=贯彻)落实){_NOT_VERB})?|"
                      rf"(牵头|负责|配合|协助){_NOT_VERB}|(?:抓好|做好|负责)(督查|督导)(?![室组处科员])|(?=(?:每(?:月|季度|年|周|半年|(?:\d{{1,2}}|[一二三四五六七八九十两])(?:天|日|个月))|全年)(?:至少|召开?|研究|定期(?:开展|召开|组织)|(?:通报|督查|调度|考核|讲评|排名)(?:一|1)次))|"
                      # (or of 督查做好, the work it checks and carries out in its area: "各村、社区督查做好辖区内…工作")
                      r"(?=督查做好)|"
                      # (or of 主要以…为主, each level's chief share of the work in a plan's levels of it: "村(社居委)主要以矛盾
                      # 纠纷摸底排查为主", "乡镇(街道、系统)主要以调处化解为主")
                      r"(?=主要以[^，,。;；]{2,30}?为主)|"
                      # (or of 成立 setting up a working body of its own: "各村民小组(农业社)成立说理委员会", "各村成立调解小组")
                      r"(?=成立[^，,。;；]{0,12}?(?:委员会|调委会|小组|工作组|专班|工作站|工作室)(?![\u4e00-\u9fff]))|"
                      # (or of 可 and the means it may use, the body's own choice of how: "各科室可通过电话联系、登门走访…
                      # 等方式,加强与代表,委员的交流沟通")
                      # (not 可根据工作需要邀请…, a permission the body is given)
                      r"(?=可(?:通过|采取|采用)[^，,。;；]{2,40}?(?:方式|途径|形式|渠道|办法))|"
                      # (or of 将 taking what it reports as its object, the report its act: "各村将本辖区内…的活动情况
                      # 每季度以书面形式向镇宗教工作领导小组汇报")
                      r"(?=将[^，,。;；]{2,60}?(?:汇报|上报|报送|报告)(?![\u4e00-\u9fff]))|"
                      # (or of 通过…后 and the report it then sends up: "镇信访办通过汇总、梳理后上报至镇主要领导", the
                      # work it does on what it gathers before its report)
                      r"(?=通过[^，,。;；]{2,20}?后(?:上报|报送|汇报|报告))|"
                      # (or of 落实 assigning the persons answerable for what 对 names: "镇宗教工作领导小组对各宗教活动场所
                      # 落实责任人", the body doing the assigning)
                      r"(?=对[^，,。;；]{2,30}?落实责任人)|"
                      # (or of an adverb of care before the work it carries out, no modal: "各村(居)、社区认真开展辖区内的
                      # 信访隐患排查工作")
                      r"(?=(?:认真|切实)(?:开展|做好|抓好|落实)(?!情况))|"
                      # (or of 做好 with no modal, the work it carries out closing the sentence as its 工作: "县饮水办做好全县
                      # 农村饮用水工程技术指导和工程治理工作。")
                      r"(?=做好[^，,。;；:：]{2,60}?工作$)|"
                      # (…or of such an adverb before the checking it does: "水系管理所认真复核芭蕉窝水库…工程现状")
                      r"(?=(?:认真|切实)(?:复核|核查|核实|排查|清查)(?!情况|结果))|"
                      # (or of the charge it bears for the work of its area: "县市区政府(园区管委会)对本辖区物业管理工作
                      # 负总责", a 对… phrase between the body and 负…责, no comma; not "…全面负责", a role verb)
                      r"(?=对[^，,。;；]{2,40}?负(?:总|主体|首要|直接|第一)责)|"
                      # (or of 是 naming it the one answerable for the work: "县教科局、中小学校长是…控辍保学第一责任人")
                      r"(?=是[^，,。;；]{0,30}?(?:第一|直接|主要)?责任(?:人|主体)(?![\u4e00-\u9fff]))|"
                      # (or of 负责 after where it sits: "领导小组办公室设在组织部,负责全县人才队伍建设的宏观指导…", the
                      # office a body sets up, housed in another, doing the work)
                      rf"设在[^，,。;；]{{2,20}}[，,](?:具体)?(负责){_NOT_VERB})")
# (the supporting work as the object of 做好 right behind the modal, how it is done between them, is the subject's
# role as well: "各相关科室要积极负责地做好协办工作" support)
_SUPPORTING_WORK = re.compile(r"(?:积极|主动|认真|全力|密切)*(?:负责)?地?(?:做好|搞好|抓好)(?:协办|配合|协助)工作")
# (a role verb right behind the modal is the subject's role: "院纪检监察部门要协助党组…" support, as "县安监局配合…";
# so is 负责 after how fully the body takes the work on: "镇文物普查办公室,要全面负责文物普查工作" lead)
_SUBJECT_ROLE = {"牵头": "lead", "负责": "lead", "配合": "support", "协助": "support", "督促": "supervise", "督导": "supervise",
                 "督查": "supervise", "落实": "implement"}
# the schools of an education body's system named by their kind alone (学校, 各校(园), 各中小学校, 中心学校, 幼儿园): the
# doers of its own plans (a 教育局's, a 中心学校's), the subject of 要 or of 负责 as its offices are
_SCHOOLS = (r"^各?(?:中小学校?|中小学|学校|校|中心学校|幼儿园|校\(园\)|学校\(幼儿园\)"
            # …and the schools above them, each named by its kind, a bracket saying what it takes in (高等院校, 高级中学(含
            # 职业高中、职业中专)): a 征兵 plan's schools, the subject of 要 as the 中小学 of an education plan are
            r"|(?:高等院校|高等学校|高校|高级中学|高中|职业院校|中等职业学校)(?:\([^()]{1,20}\))?)$")
# a verb of directing others opening a clause before the bodies it directs (组织有关部门做好…, 指导并协调…各区县做好…)
_DIRECTING = re.compile(r"(?:指导|组织|协调|督促|督导|配合|协助|会同|要求|动员|引导|帮助|推动|支持|带领|指挥)")
# a public works system's management office named bare (水系管理所, 灌区管理站; not a property's 物业管理处)
_BARE_WORKS_OFFICE = re.compile(r"(?!物业)[\u4e00-\u9fff]{2,8}(?:管理所|管理站)")
# the places of a level a clause names as a group, with their alternatives in brackets (相关旗县(区), 有关县(区),
# 各旗县(区)): the subject of a role verb as a body's name is (相关旗县(区)负责组织实施)
_PLACES_OF_A_LEVEL = re.compile(r"(?:各|相关|有关)(?:旗县|县区|区县|县市区|县|区|乡镇|镇|街道)(?:\([^()]{1,6}\))?")
# the mass organisations a level has, named bare (妇联, 总工会, 残联) or with the level (县妇联, 团县委)
_MASS = r"(?:妇联|总工会|工会|残联|科协|工商联|侨联|文联)"
_LEVEL_MASS = r"团[省市县区]委|[省市区县镇乡](?:" + _MASS + r"|团委)"
# a place's government or its grassroots bodies, or 各… / 有关部门 of a level (not a sector's own bodies:
# 消防部门, 住房城乡建设领域党委, 局属各单位 name the staff of one office)
_PARKS_OF_A_KIND = re.compile(r"各[\u4e00-\u9fff]{2}(?:园区|开发区)")
_TOWNS_AND_VILLAGES_SHORT = re.compile(r"各?(?:镇区|村居|居村)")
# a level's broadcasting station (县广播电台, 市广播电视台): a body of the level, the doer of the broadcasts an item asks of it
_LEVEL_STATION = re.compile(r"[省市区县](?:人民)?(?:广播电视台|广播电台|电视台)")
_GOV = re.compile(
    r"^各(?:地|部门|有关部门|相关部门|乡镇|镇|乡|街道|村|自然村|行政村|社区|区县|县|区|市|开发区|园区)|"
    # the places of a level a clause names with 相关/有关 (相关县(区)负责组织实施), and an 内蒙古 city's banners and counties
    # (各旗县(区), 相关旗县(区)), as 各县, 各区
    r"^各旗|^" + _PLACES_OF_A_LEVEL.pattern + r"$|"
    # the bodies that own or coordinate a plan's projects, named by that part (各重点项目业主单位务必…, 各重点前期项目
    # 承办单位务必…, 各责任协调单位要…), as 各承办单位 are
    r"^各(?:重点)?(?:[\u4e00-\u9fff]{0,4}项目)?(?:业主|承办|责任协调|协调)单位$|"
    # the units a notice's division of the work names responsible, called by that label as a sentence's subject
    # (责任单位要发挥统筹协调作用; 各责任单位要… in a sending letter is left as its requirements)
    r"^责任单位$|"
    # …and with 各 before the qualifier: the towns a notice's work falls to (各相关乡镇及部门要…, 各责任乡镇和部门要…)
    r"^各(?:有关|相关|责任)(?:乡镇|镇|乡|街道)(?:\([^()]{1,6}\))?$|"
    # the parks of a kind, each run as a place of its own (各工业园区, 各经济开发区), as 各园区, 各开发区 are
    r"^" + _PARKS_OF_A_KIND.pattern + r"$|"
    # a department's own offices in its own notice: 各科室要…, 各责任科室、单位要…, 各相关科室应… (its 处室, 股室 as well)
    r"^各(?:责任|有关|相关)?(?:科室|处室|股室)$|"
    # …or one of them named with its department, in the department's own work points: 局综合科要…, 局办公室要…
    r"^局[\u4e00-\u9fff]{1,8}(?:科|股|处|室)$|"
    # a court's, a bureau's or a 馆's own organs in its own plan, named with its one-character short name: 院党组要…,
    # 院纪检监察部门要…, 局党组, 馆党支部, 局办公室
    r"^[院局馆](?:机关)?(?:党组|党委|党总支|党支部|纪委|纪检组|[\u4e00-\u9fff]{2,6}部门|办公室)$|"
    # the state organs of a kind, each a 机关 (各企业许可机关要…, 各行政执法机关): organs of government by their name
    r"^各(?:有关|相关)?[\u4e00-\u9fff]{1,8}机关$|"
    # the public institutions a 公共机构节能 plan is for (the state's organs, its 事业单位 and bodies on public funds), each
    # the doer of its own saving: 各公共机构要…, 各级公共机构…要… (not the regulated kinds of body: 各医疗机构)
    r"^各(?:级)?(?:有关|相关)?公共机构$|"
    # the members of the body that runs the plan (its 安委会, 领导小组): 各成员单位要…
    r"^各(?:有关|相关)?成员单位$|"
    # a county's towns with its zones, and the villages with the residents' communities, named short as a pair (镇区,
    # 村居: 镇区、村居负责修复…), each the grassroots bodies of its kind
    r"^" + _TOWNS_AND_VILLAGES_SHORT.pattern + r"$|"
    r"^" + _LEVEL_STATION.pattern + r"$|"
    # the sectors' systems, each sector's departments with the units under them (各行业系统和乡镇要…, in a county's
    # notice on the fire hazards each sector and township is to clear)
    r"^各(?:有关|相关)?行业系统$|"
    # the websites a level's units run, in a notice on the work online they carry (市直各网站要认真组织开展…, 各网站要在
    # 首页开设…专题): the bodies the notice addresses, each the doer of its own site's part
    r"^(?:[省市区县]直)?各(?:有关|相关)?(?:新闻)?网站$|"
    # a 政协's special committees, in its own plan for the 督办 of its key proposals (相关专委会协助…, 政协相关专委会负责…)
    r"^(?:政协)?(?:各|有关|相关)?(?:专委会|专门委员会)$|"
    # the units a 交办 (建议提案, 督办事项) handed the matters to, in the notice pressing them: 各承办单位要…
    r"^各(?:有关|相关)?承办单位$|"
    # the bodies that hold the powers a 放管服 plan reforms: 各审批单位要…, 各行政执法部门要…
    r"^各(?:有关|相关)?(?:行政)?(?:审批|执法)(?:单位|部门)$|"
    # the members of a named body of the place: 街道安委会各成员单位, 镇森林防火指挥部各成员单位
    r"^[\u4e00-\u9fff]{1,12}?(?:安委会|委员会|领导小组|指挥部|联席会议)各(?:有关|相关)?成员单位$|"
    # …or a named body's members without 各, the body named in full with its level (市新型冠状病毒感染的肺炎疫情联防联控
    # 领导小组成员单位)
    r"^[省市区县镇乡][\u4e00-\u9fff]{0,30}?(?:安委会|委员会|领导小组|指挥部|联席会议)(?:有关|相关)?成员单位$|"
    # …or a named working group's members with no level, in the plan of the place that set it up: 双拥领导小组成员单位,
    # 创建工作领导小组成员单位 (a 领导小组 of its own theme, not a bare 领导小组)
    r"^[\u4e00-\u9fff]{2,12}?领导小组(?:有关|相关)?成员单位$|"
    # the bodies of every level at once: 各级各有关部门, 各级人民政府, and with the whole place they are of before
    # them (全市各级各部门)
    r"^(?:全[省市区县])?各级(?:各?(?:有关|相关)?部门|(?:人民)?政府)$|"
    # …or the Party's and the state's organs of the whole place, or its departments, named with it (全县党政机关要…,
    # 全县各级党政机关, 全市各部门), as 各级党政机关 are
    r"^全[省市区县镇乡](?:各级)?(?:党政机关|各(?:有关|相关)?部门)$|"
    # …or every level's state organs of one kind: 各级纪检监察机关, 各级审判机关
    r"^各级[\u4e00-\u9fff]{2,6}机关$|"
    # …or the people's mediation committees a 人民调解 plan organises, every level's, one level's or a village's, and
    # the committees that guide them: 各级人民调解工作指导委员会要…, 村人民调解委员会
    r"^(?:各级|[省市区县镇乡村居]级?)人民调解(?:工作指导)?委员会$|"
    # …and the mediation bodies of a level named by their kind (县级党委、政府和调解组织…: the 调解组织 of that level)
    r"^(?:各级|[省市区县镇乡村居]级?)?(?:人民)?调解组织$|"
    # the grassroots body of the place a case arises in: 所在街道(乡镇), 所在乡镇, 所在村(居)委会
    r"^所在(?:街道|乡镇|镇|乡|村|社区)(?:\([^()]{1,6}\))?(?:办事处|人民政府|政府|居委会|村委会)?$|"
    # …or the organs of one kind of government work at every level: 各级普查机构, 各级统计机构, 各级审计机关, 各级财政部门
    # (not the regulated kinds of body at every level: 各级医疗机构, 各级各类学校)
    r"^各级(?:普查|统计|审计|财政|税务|监察|纪检监察|执法|行政执法|监管|市场监管)(?:机构|机关|部门)$|"
    # …or the finance and tax organs of every level named by their kind alone, as 各级政府 is: 各级财政要…
    r"^各级(?:财政|税务)$|"
    # every grassroots body of a kind in the whole place: 全县所有行政村, 全镇所有社区
    r"^全[省市区县镇乡]所有(?:行政村|村|社区|乡镇|街道)$|"
    # …or the grassroots bodies of a kind named with where they are, town or country: 城市社区, 农村村委会
    r"^(?:城市|城镇|农村)(?:社区|村委会|村民委员会|居委会|社区居委会)$|"
    # a court named by its kind alone, with no level (法院要积极参与…: the plan a government and its court issue
    # together), or the courts of every level (各级法院, 两级法院)
    r"^(?:各级|两级)?(?:人民)?法院$|"
    # (a working group the plan sets up is a body of its own, named with no level: 政法专班, 扫黑办工作专班)
    r"(?:人民政府|政府|管委会|办事处|居民委员会|村民委员会|居委会|村委会|指挥部|专班)(?:\([^()]*\))?$|"
    # …or the grassroots committee of two kinds written once, the second in brackets: 村(居)委员会, 居(村)民委员会
    r"^各?[村居]\((?:村|居|社区)\)(?:民)?委员会$|"
    # a level's own departments or bodies, its 机关 named: 县直各部门, 县直机关各单位, 市政府各有关部门 (an autonomous
    # prefecture's or a league's as well: 州直各单位, 盟直各部门), or a town's (镇属相关单位, 乡直有关单位)
    r"^[省市区县州盟旗](?:级|直|政府|人民政府)(?:机关)?各?(?:有关|相关)?(?:部门|单位)$|"
    r"^[省市区县镇乡][属直](?:机关)?各?(?:有关|相关)?(?:部门|单位)$|"
    # an office named with its level: 县公安局, 市防办, 县森林消防指挥部 (a level's own organ, not a sector's staff),
    # or a level's coordinating committee: 县爱卫会, 区安委会
    # (the sector's own 市 after the level: 县市场监管局, 区市场监督管理局; an office written in full, 办公室, as its short
    # 办 is: 市商业管理办公室, 县人民政府节约能源办公室)
    r"^[省市区县镇乡](?:市场)?[^省市区县各等、]{1,12}(?:局|厅|委|办|办公室|指挥部|大队|支队|所|委员会|委会|卫会|中心)$|"
    # …or its standing joint meeting, a body of the member units it gathers: 县联席会议
    r"^[省市区县镇乡][^省市区县各等、]{0,12}联席会议$|"
    # …or named for the area it serves, in place of a level: 辖区派出所, 属地派出所
    r"^(?:辖区|属地)[^省市区县各等、]{1,10}(?:局|所|站|中队|大队|中心|办)$|"
    # the schools of the system an education body runs, named by their kind: 学校, 各校(园), 各中小学校, 中心学校, 幼儿园
    + _SCHOOLS + "|"
    # the mass organisations of the level, named with it (团县委, 县妇联, 市总工会, 区残联, 县科协)
    r"^(?:共青团[\u4e00-\u9fff]{1,8}?[省市县区]委|" + _LEVEL_MASS + r")$|"
    # the townships of a county's plan named by their kind alone, bare (乡镇要全面掌握…), as 各乡镇 are, and the
    # villages beside them, the community in brackets (乡镇(街道)、村(社区)要明确…责任人)
    # (the township with the other bodies of its level in brackets, 乡镇(街道、系统), and the village with its
    # community's committee, 村(社居委), as well)
    r"^(?:乡镇|镇街|乡镇\(街道(?:、[\u4e00-\u9fff]{1,4})*\)|镇\(街道\)|村\((?:社区|居|社居委|居委会)\))$|"
    # an office of the plan's own government named bare by its short name in 办, no level (民政办要尽心尽责…,
    # 双拥办要…): the township's (the county's) own office, as 乡综治办 is with its level
    r"^[\u4e00-\u9fff]{2,3}(?<![开举创主承督代兴交协包帮操置筹查])办$|"
    # places of a kind a plan picks out: 有农业的区, 有条件的区县
    r"^有[\u4e00-\u9fff]{1,6}的(?:区县|县区|县市|市县|乡镇|区|县|市|镇|乡|街道)$|"
    # the troops stationed in the place, named with its one-character short name or 地, in a 双拥 plan's duties of
    # both sides (驻固部队要…, 驻青各部队要…, 驻地部队): the army's side of the work, a doer as the local bodies are
    r"^驻[\u4e00-\u9fff]{1,3}?各?部队$|"
    # the pairs of bodies a joint scheme ties together, each pair of units a doer of their shared work, in a 双拥 plan
    # (各军民共建对子要…, 各结对共建对子)
    r"^各[\u4e00-\u9fff]{2,6}(?:共建|结对)对子$"
)
_ANY_UNIT_OF = re.compile(r"^各(?:有关|相关)?(?:企事业)?单位$")
# the units the plan holds responsible or concerns (各责任单位, 各有关单位), named before persons in one list
# the county-level places below a city named by their levels alone (县区, 区县, 县市区, 县(市、区))
_COUNTY_LEVELS = re.compile(r"县区|区县|县市区|县\(市、?区\)|县\(区\)")
_UNITS_IN_CHARGE = re.compile(r"各(?:责任|有关|相关)单位")
# a list closed by persons named by the post they hold (项目协调员, 驻企督导员; not a 委员会): what comes before them
_PERSONS_BEHIND = re.compile(r"(.{2,20}?)、(?:[\u4e00-\u9fff]{1,6}?(?<!委)员、)*[\u4e00-\u9fff]{1,6}?(?<!委)员")
# the grassroots bodies of the area, counted (辖区17个行政村, 全镇12个社区): partners of the town's own lead
_COUNTED_VILLAGES = re.compile(r"(?:辖区|全[镇乡])(?:内)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})个(?:行政村|村|社区|村\(社区\)|村\(居\))")
# a township's plan naming its own government by the bare level as the subject of 负责 at a sentence's start (镇负责…
# 统一领导与指挥), the area's villages counted and other bodies after it as its partners (,辖区17个行政村以及相关部门一同
# 密切配合)
_TOWN_LEADS = re.compile(r"^([镇乡])(负责|牵头)(?![人同])")
_COUNTED_PARTNERS = re.compile(r"^(" + _COUNTED_VILLAGES.pattern + r")(?:(?:以及|和|及|、)([^，,。;；]{2,20}?))?"
                               r"(?:一同|一起)?(?:全力|积极|密切|主动)?(?:配合|协助)")


def _town_leads(folded: str, out: Found) -> None:
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        sentence = _POINT_NUMBER.sub("", sentence.strip())
        m = _TOWN_LEADS.match(sentence)
        if not m:
            continue
        out.add("lead", [m.group(1)])
        for clause in re.split(r"[,，]", sentence)[1:]:
            p = _COUNTED_PARTNERS.match(clause.strip())
            if p:
                more = p.group(2) or ""
                out.add("support", [p.group(1)] + ([more] if _GROUP_PARTNER.match(more) else _doer_names(more) or [] if more else []))


# how a body acts, set between it and its role verb (全力配合, 积极配合, 密切配合, 主动配合)
_MANNER_AT_END = re.compile(r"(?<=[\u4e00-\u9fff])(?:进一步)?(?:一同|一起)?(?:全力|积极|密切|主动|大力|协同|共同)$")
# every level's organ of one kind (各级宣传部门, 各级纪检监察机关): the doer of a role verb it opens a sentence with
_EVERY_LEVELS_ORGAN = re.compile(r"^各级[\u4e00-\u9fff]{2,6}(?:部门|机关)$")
# the Party's organisations in the bodies of a kind (各级各类学校的党组织, 各级党组织): bodies that carry a task beside
# a government body named with them ("各区教育部门和各级各类学校的党组织要…"), not alone
_PARTY_ORGANISATIONS = re.compile(r"^(?:各级|各)[\u4e00-\u9fff]{0,12}?(?:的)?(?:基层)?党组织$")
# when the subject acts, set between it and its modal: "各承办单位在提交…答复函时,要…", "各乡镇于每月5日前要…"
# (or in what it acts: "各县(市、区)人民政府在财政预算中要…", a 在…中 phrase)
_WHEN_BEHIND = re.compile(r"(?:在|于)[^，,。;；]{1,30}?(?:时|后|前|之前|以前|期间|中)$")
# a department beside a government body ("各乡镇(街道)和职能部门要"), or sectors' departments in a list of
# two or more ("铁路、水利、…等部门,要…")
# 农业(农机)部门; 相关部门(单位): the other kind of body the group takes in, in brackets after it
_DEPARTMENTS = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:\([\u4e00-\u9fff]{1,6}\))?部门(?:\((?:单位|机构)\))?$")


# a group of the place's bodies, named after a lead in the same sentence as the subject of 配合: 相关部门, 有关单位
_GROUP_PARTNER = re.compile(r"^(?:[省市区县](?:直|级)?)?(?:各)?(?:有关|相关|其他|其它)(?:部门|单位|部门和单位)$")


# a sub-point's number opening a line of its item's text: (1), 1), ①
_POINT_NUMBER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}\)|[\u2460-\u2473])\s*")


# a word that leads into a sentence before its subject: "特别是各社区工作站要…", "同时,各村要…"
_LEAD_IN = re.compile(r"^(?:特别是|尤其是|同时|其中|此外|另外|[一二三四五六七八九十]是)[，,]?")
# 二是: the point of an item's list of points, its doer right after it ("二是县应急局要…", "二是公安、文化、工商要…")
_POINT = re.compile(r"^[一二三四五六七八九十]是")
# sectors named bare, three or more, a point's doers: 公安、文化、工商 (two may be a pair of activities: 学习、宣传)
_BARE_SECTORS = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){2,}")


# a sector's department named bare (林业部门, 农业农村部门), not a level's own (各级民政部门, 约束性指标的责任部门); so is a
# sector's organ of state named bare (公安机关, 监察机关) or its law-enforcing body (统计执法机构)
_SECTOR_DEPARTMENT = re.compile(r"^(?![省市区县州镇乡各])[\u4e00-\u9fff]{2,4}(?:部门|机关|执法机构)$")
# an adverb between the subject and its modal: "村(居)委员会至少要配备…", "各乡镇也要…" (no part of the name)
# (and 分别 before a role verb, each body its own share of the work: "市教育局、市卫生局分别负责教育、卫生系统节能")
_ADVERB_BEHIND = re.compile(r"(?<=[\u4e00-\u9fff)）])(?:至少|也|还|都|均|亦|更|同样|一定|分别)$")
# which of the bodies act, said before them with 的 ("参加督办的政协相关专委会负责与…沟通"): no part of the name
_WHICH_BEFORE = re.compile(r"^[\u4e00-\u9fff]{2,8}的(?=[\u4e00-\u9fff])")
# what the subject acts on, set between it and its modal: "公安机关对普查过程中出现的违法犯罪行为要依法及时处理"
# the matters a body handles as the subject of a modal (各科室承办的以下事项应建立工作台账): the body handling them acts
_HANDLED_BY = re.compile(r"^([^，,。;；的]{2,20}?)(?:承办|办理|主办|经办)的[\u4e00-\u9fff]{0,10}?(?:事项|任务|工作|建议|提案|件)$")
_OBJECT_BEHIND = re.compile(r"对[^，,。;；]{2,40}$")
# every body of a kind (各部门, 各单位, 各有关单位) as the subject of a modal with the work it does behind it, no mark
# between (各部门招商引资要实现…)
# (or 各级公共机构新建办公建筑,要…: the public institutions, then the building they put up)
_WORK_BEHIND_GROUP = re.compile(r"^(各[\u4e00-\u9fff]{0,6}?(?:部门|单位|公共机构))([\u4e00-\u9fff]{2,6})$")
# a body named as the role it holds in apposition before its modal (市经委作为全市域外招商牵头责任部门,要组织协调…)
_NAMED_AS = re.compile(r"(?:^|(?<=[。；;,，]))([^，,。;；:：“”]{2,20}?)作为[^，,。;；]{0,24}?(牵头|主责|责任)[\u4e00-\u9fff]{0,4}?"
                       r"(?:单位|部门|机关)[，,]?(?:要|应当|应|负责)")


# a body named as what it is for the work, then 负责 what it does (市政府办公室为全市政府信息公开工作的主管部门,负责推进、
# 指导…): the body the sentence opens with leads its part
_NAMED_AS_WHAT = re.compile(r"(?:^|(?<=[。；;]))\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）])?([^，,。;；:：“”以将]{2,20}?)为"
                            r"[^，,。;；为]{2,30}?(?:机构|部门|单位|机关)[，,](?:具体)?负责(?![人同])")


def _named_as(folded: str, out: Found) -> None:
    """"市经委作为全市域外招商牵头责任部门,要组织协调…": the body the sentence names as the role it holds, its doer (a
    牵头/主责 body the lead, a 责任 body a unit); "市政府办公室为全市政府信息公开工作的主管部门,负责推进…": the body
    named as what it is for the work, then 负责 its part, leads."""
    for m in _NAMED_AS.finditer(folded):
        names = _doer_names(m.group(1).strip())
        if names:
            out.add("lead" if m.group(2) in ("牵头", "主责") else "units", names)
    for m in _NAMED_AS_WHAT.finditer(folded):
        names = _doer_names(m.group(1).strip())
        if names:
            out.add("lead", names)


# a sector's department named with its level (市委宣传部门, 县公安部门; not 市场监管部门, whose 市 opens the sector's
# name): the level's own, a doer as the subject of a role verb (负责, 牵头, 配合, 协助)
_LEVEL_DEPARTMENT = re.compile(r"^(?:[省区县]|市(?!场))[\u4e00-\u9fff]{2,8}部门$")


# an office or station named with its level (乡综治办, 乡广播站, 镇安监站), and a grassroots office or station named bare
# after it (派出所, 司法所, 财政所, 农技站, 民政办), the level written once for the list
_LEVEL_OFFICE = re.compile(r"^[区县镇乡][^省市区县各等、]{1,12}(?:办|所|站|中心)$")
_BARE_OFFICE = re.compile(r"^(?![省市区县镇乡各])[\u4e00-\u9fff]{1,6}(?:办|所|站|中心)$")


_MASS_ORGANISATION = re.compile(rf"^(?:{_LEVEL_MASS})$")
_BARE_MASS_ORGANISATION = re.compile(rf"^{_MASS}$")


def _bare_place(name: str) -> bool:
    """A place written by its own full name alone (武汉市, 恩施州): as a doer, its government."""
    return name[-1:] in "省市县区州旗盟" and places(name) == [name]


def _shared_ge(names: list[str]) -> list[str] | None:
    """"各社区、自然村、镇直部门和乡镇站所": the 各 written once for a list of grassroots bodies and a level's own, the
    last two joined by 和: each with it (各自然村, 各镇直部门, 各乡镇站所), when each is then a body of government and
    not every one is without it. Else None."""
    if len(names) < 2 or not names[0].startswith("各") or not _GOV.search(names[0]):
        return None
    rest: list[str] = []
    for n in names[1:]:
        parts, _ = split_outside_brackets(n, "和及与")
        rest += parts
    if len(rest) < 2 or all(_GOV.search(p) for p in rest) or any(
            p.startswith("各") or not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", p) or not _GOV.search("各" + p) for p in rest):
        return None
    return [names[0]] + ["各" + p for p in rest]


# where the bodies a heading glued to its paragraph's first sentence names begin: 各, or a level (镇森林防火指挥部)
_GLUED_DOERS = re.compile(r"(?<=[\u4e00-\u9fff])(?<![的对向和与及、在由为把将组部会局委办府室院队])(?=[各省市县区镇乡])")


def _after_glued_heading(subject: str) -> list[str] | None:
    """The bodies that open an item's first sentence glued to its heading with no mark between, the heading
    (four characters at least) before them: "提高做好安全生产工作重要性的认识各村委会、各企事业单位", "认真开展森林防火宣传
    教育镇森林防火指挥部及各村(组)" (the longest run of names that ends the subject)."""
    for m in _GLUED_DOERS.finditer(subject):
        if not re.fullmatch(r"[\u4e00-\u9fff]{4,}", subject[: m.start()]):
            continue  # (not a list the names close: "引黄、引滦输水沿线各区县", one name)
        names = _doer_names(subject[m.start():])
        if names:
            return names
    return None


_QUALIFIED_KIND = re.compile(r"(?:有关|相关)(?:部门|单位)$")
# a level named bare, its kinds in brackets (县(市、区), 乡(镇), 各市(县)), and the organ a list's last level names
_BARE_LEVEL = re.compile(r"各?[省市县区乡镇](?:\([^()]{1,8}\))?")
_LEVEL_ORGAN = re.compile(r"(?<=[省市县区乡镇)])(?:人民政府|政府|党委)$")
# every village or community of a town, as the subject of a role verb (各村负责清理工作)
_EVERY_VILLAGE = re.compile(r"^各(?:行政|自然)?(?:村|社区|村\((?:社区|居)\)|村\(居\)委会|村委会|居委会)$")
# a leading group named by the work it runs, its level written or not (卫片执法检查领导小组, 县卫片执法检查领导小组)
_WORK_GROUP = re.compile(r"^[省市区县镇乡]?[\u4e00-\u9fff]{2,14}?(?:工作)?领导小组$")


_THEMED_GROUPS = re.compile(r"((?:[\u4e00-\u9fff]{2,6}、)+?[\u4e00-\u9fff]{2,6}?)、([\u4e00-\u9fff]{2,6})领导小组")
_ELLIPTICAL_PAIR = re.compile(r"(?:党委|党工委)、(?:人民)?政府$")
_SOCIETY_AT_LARGE = re.compile(r"(?<=[\u4e00-\u9fff])(?:和|及|以及|、)社会各(?:界|方面)(?:人士|力量)?$")


# a body and its own parts, joined by 及其: 领导小组及其各专业组, 指挥部及其办公室
_AND_ITS_PARTS = re.compile(r"(.{2,40}?)及其((?:各|下设)?[\u4e00-\u9fff]{0,8}(?:组|办公室|机构|专班|部门))")
_PLACES_ALONG = re.compile(r"[\u4e00-\u9fff、]{2,20}?(?:沿线|沿岸|沿江|沿河|沿湖|流域|周边|周围|境内)各(?:区县|县区|县市区|县|区|乡镇|镇|街道|村)")


# bare levels listed, then how many they are and the organ each has: 镇、村两级人民调解委员会, 县、乡两级政府
_LEVELS_COUNTED = re.compile(r"((?:[省市区县镇乡村居]、)+[省市区县镇乡村居])[两三四]级([\u4e00-\u9fff]{2,14})")


def _doer_names(subject: str) -> list[str] | None:
    """The government bodies a subject names (和/及 between two of them splits: 各乡镇(街道)和职能部门; bare
    sectors before a last name in 部门 share it: 交通运输、公安交警、应急管理部门)."""
    # "文化拥军、法律拥军、科技拥军领导小组要…": themes of one kind of work before a last name in 领导小组 share it, each
    # theme's own working group (文化拥军领导小组 …), a body of the plan's
    groups = _THEMED_GROUPS.fullmatch(subject)
    if groups:
        return [t + "领导小组" for t in groups.group(1).split("、")] + [groups.group(2) + "领导小组"]
    # "镇、村两级人民调解委员会…", "县、乡两级政府要…": bare levels listed before how many levels they are and the organ
    # each has: one organ per level (镇人民调解委员会, 村人民调解委员会), each a body of government on its own
    levels = _LEVELS_COUNTED.fullmatch(subject.strip())
    if levels:
        each = [lvl + levels.group(2) for lvl in levels.group(1).split("、")]
        if all(_doer_names(n) == [n] for n in each):
            return each
    # "市处置非法集资领导小组及其各专业组要…": a body and the parts it has (及其, and its), each a doer, the parts
    # named as written (各专业组)
    its = _AND_ITS_PARTS.fullmatch(subject.strip())
    if its and (whole := _doer_names(its.group(1))):
        return whole + [its.group(2)]
    # "引黄、引滦输水沿线各区县要…": the places of a level lying along or around what the qualifier names (a canal, a
    # river's basin), 各 and the level after it: one name, whatever 、 the qualifier holds
    if _PLACES_ALONG.fullmatch(subject.strip()):
        return [subject.strip()]
    # "各部门、单位和社会各界要…": society at large closing the list is no body; the bodies before it are the doers
    subject = _SOCIETY_AT_LARGE.sub("", subject)
    names = _shared_bu_men(_names(subject))
    if not names:
        return None
    # "各级党委、政府和驻固部队要…": an elliptical organ pair (各级党委、政府, one name) and a body after 和, each a
    # doer on its own: the two halves read apart
    halves, _ = split_outside_brackets(subject, "和")
    if len(halves) == 2 and "、" in halves[0] and _ELLIPTICAL_PAIR.search(halves[0]):
        first, second = _doer_names(halves[0]), _doer_names(halves[1])
        if first == [halves[0]] and second:
            return first + second
    # 各责任科室、单位 / 各乡镇、部门: a bare kind of body after a name with 各 shares the 各 (各单位, 各部门; 各村、社区、
    # 企事业单位: 各企事业单位)
    # (after a name its group qualifies, 有关部门和单位, the bare kind shares the qualifier: 有关单位, 县直有关单位)
    names = [(names[k - 1][:-2] + n if k and n in ("单位", "部门") and _QUALIFIED_KIND.search(names[k - 1])
              else "各" + n if k and (n in ("单位", "部门", "科室", "处室", "企事业单位")
                                      # 各镇区、主管部门要…: the departments over a sector, after 、 (not 和: 各乡镇和职能部门)
                                      or n == "主管部门" and "、" + n in subject) and names[0].startswith("各") else n)
             for k, n in enumerate(names)]
    shared = _shared_ge(names)
    if shared:
        return shared
    out: list[str] = []
    for n in names:
        parts, _ = split_outside_brackets(n.replace("以及", "及"), "和及与")  # (以及 as 及: 各乡镇以及相关部门)
        organ = _LEVEL_ORGAN.search(parts[-1]) if len(parts) > 1 else None
        if organ and all(_BARE_LEVEL.fullmatch(p) for p in parts[:-1]):
            # "县(市、区)和乡(镇)政府要…": bare levels before the last share its organ (县(市、区)政府, 乡(镇)政府)
            parts = [p + organ.group() for p in parts[:-1]] + [parts[-1]]
        if len(parts) > 1 and all(len(p) > 1 and p not in ("政府", "人民政府", "党委") and (_GOV.search(p) or _DEPARTMENTS.match(p))
                                  for p in parts) and any(_GOV.search(p) for p in parts):
            out += parts
        else:
            out.append(n)
    # the level written once for a list of its offices and stations: "乡综治办、派出所要…" (派出所 the 乡's)
    # a township's station with its level is its office as a subject of 要 (乡广播站要…, as 乡综治办要…)
    shared = {n for n in out if _LEVEL_OFFICE.match(n)}
    if len(out) > 1 and out[0] in shared:
        shared |= {n for n in out[1:] if _BARE_OFFICE.match(n)}
    # (…and the park the level runs, named bare after its bureau: 縣工業局、工業園要組織…, 工业园 the 县's)
    if len(out) > 1 and re.match(r"[省市区县]", out[0]) and out[0] in shared | {n for n in out if _GOV.search(n)}:
        shared |= {n for n in out[1:] if re.fullmatch(r"(?:工业|产业|经济)园区?", n)}
    # a list of the level's mass organisations writes the level once too (团县委、县妇联、残联: 残联 the 县's), and the
    # grassroots bodies closing it are named bare (…、残联、社区要…)
    if len(out) > 2 and sum(bool(_MASS_ORGANISATION.match(n)) for n in out) >= 2:
        shared |= {n for n in out if _BARE_MASS_ORGANISATION.match(n)}
        if out[-1] in ("社区", "村", "村(社区)", "村(居)"):
            shared.add(out[-1])
    # a level's Party committee named by its level alone (县委, 市委) beside that level's government in the list (县委、
    # 县政府和驻固部队每年召开…): the level's two leading organs, each a doer, as 党委、政府 are
    shared |= {n for n in out if re.fullmatch(r"[省市区县]委", n) and (n[0] + "政府" in out or n[0] + "人民政府" in out)}
    gov = [n for n in out if _GOV.search(n) or n in shared]
    # the group tail closing a list of the level's offices (县公安局、县文旅委、…、县综治办等部门要…): the bare kind
    # 等 leaves, a unit as written beside them (A、B等部门 → A, B, 部门)
    tail = out[-1] if len(gov) >= 2 and len(out) > 2 and out[-1] in ("部门", "单位") and subject.rstrip().endswith("等" + out[-1]) else None
    if gov and all(_GOV.search(n) or n in shared or n == tail or _ANY_UNIT_OF.match(n) or _DEPARTMENTS.match(n) or _PARTY_ORGANISATIONS.match(n)
                   or re.fullmatch(r"(?:有关|相关)单位", n) for n in out):
        return out  # 各单位 counts beside a government body (各村委会、各单位要); alone, only 各相关单位 where no other doer is named (below)
    if len(out) == 1 and _WORK_GROUP.match(out[0]):
        return out  # "卫片执法检查领导小组要及时调度督促": the group the plan's work is run by, named by that work
    if all(_bare_place(n) for n in out):
        return out  # places named alone, standing for their governments: 武汉市、宜昌市…应在…
    if len(out) > 1 and all(_DEPARTMENTS.match(n) for n in out):
        return out
    return None


# bare sectors before 等 and the group's 部门 as a sentence's subject, a 各级 written once for the list: "建设、水利、
# 公路等工程建设主管部门,要…", "各级人力资源和社会保障、经贸、…、银行等有关部门要…"
_SECTORS_BEFORE_GROUP = re.compile(r"^(各级)?((?:[\u4e00-\u9fff]{2,9}、)+[\u4e00-\u9fff]{2,9})等(?:有关|相关)?[\u4e00-\u9fff]{0,6}?部门$")


def _sectors_before_group(subject: str) -> list[str] | None:
    """One 部门 per bare sector, the 各级 shared, the group after 等 naming no further unit (as 等行业部门); None when
    the list is not of bare sectors (a name in it is a body's, or a place's; a two-character word, 银行, is a sector here)."""
    m = _SECTORS_BEFORE_GROUP.match(subject.strip())
    if not m:
        return None
    sectors = m.group(2).split("、")
    if any((looks_like_unit(x) and len(x) > 2) or places(x) or re.search(r"[各省市县区乡镇村]", x[0]) for x in sectors):
        return None
    return [(m.group(1) or "") + x + "部门" for x in sectors]


# where a sentence ends; a copy that closes its sentences with a half-width point between two characters ends one there
# too ("…的绿色建筑.有关部门要根据职责分工,…": no decimal point, no item number)
_SENTENCES = re.compile(r"[。；;!！?？\n]|(?<=[\u4e00-\u9fff”）)])\.(?=[\u4e00-\u9fff“])")


# bodies named with 各 opening a clause, a plain verb of carrying out right behind them
_BODIES_AFTER_LEAD = re.compile(r"^(各[^，,;；。:：]{1,30}?)(?=结合|按照|根据|依据|围绕|做好|开展|认真)")


# an item opening with 落实 and the bodies whose own duty (主体责任, 属地责任) it is to carry: 落实各区县政府、…的…主体责任
_BORNE_DUTY = re.compile(r"^落实((?:[^，,。;；:：的、]{2,20}、)*[^，,。;；:：的、]{2,20})的[^，,。;；:：]{0,16}?(?:主体|属地|监管|管理)责任")
_SET_UP_AND_REMIT = re.compile(r"已(?:经)?成立(?:了)?([^，,。;；:：、]{4,30}?(?:领导小组|指挥部|工作专班|委员会))[,，]\s*(?:主要)?负责")
_ATTACHED_OFFICE = re.compile(r"(?:^|(?<=[，,。;；]))\s*(办公室)挂靠[^，,。;；:：]{2,16}?[,，]\s*(?:主要)?负责")
# one company named in full, ending in 公司 or 分公司 (郴电国际宜章分公司, 国网某县供电公司): no kind of enterprise
# (各类企业, 燃气企业) and no list
_NAMED_COMPANY = re.compile(r"(?!各|有关|相关|所有|全)[\u4e00-\u9fff]{4,16}(?:分公司|公司)")
# the bare sectors a sector's department helps, before 等 and their group's 部门 and its 负责 (城市管理等有关部门负责)
_HELPED_SECTORS = re.compile(r"([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)等(有关|相关)?部门负责")


def doers(text: str) -> dict[str, list[str]]:
    """Government bodies named as the subject of 要/应当 (units) or of 牵头/负责 (lead), 配合 (support) at
    the start of a sentence or of a clause (names as written)."""
    folded = fold(text)
    out = Found()
    lone: list[str] = []
    lone_roled: list[tuple[str, str]] = []
    groups: list[str] = []  # the units concerned (有关部门, 相关单位) opening a sentence as the subject of 要
    for n_sentence, sentence in enumerate(_SENTENCES.split(folded)):
        first = n_sentence == 0
        # a sub-point's own number before its subject ("(1)各企业许可机关要…" inside its item): no part of the subject
        sentence = _POINT_NUMBER.sub("", sentence.strip())
        led = False
        starts, pos = [0], 0
        for part in split_outside_brackets(sentence, ",，")[0][:-1]:
            pos += len(part) + 1
            starts.append(pos)
        for k, start in enumerate(starts):
            clause = _LEAD_IN.sub("", sentence[start:].lstrip())
            m = _SUBJECT.match(clause)
            station = _LEVEL_STATION.match(clause) if not m and k == 0 and not first else None
            if station and re.match(r"根据|按照|依据", clause[station.end():]):
                # "…;县广播电台根据县气象局提供的气象信息及时在广播上播出": the level's station opening a later sentence of
                # the item before what it acts by, a plain verb behind: the doer of the broadcast (units)
                out.add("units", [station.group()])
            if not m and led and k:
                # "镇政府牵头,各村(社区)、各单位结合本单位工作实际,在…悬挂…": bodies named with 各 opening the clause
                # after the lead's, before a plain verb, are doers with no role word (units)
                after = _BODIES_AFTER_LEAD.match(clause)
                names = _doer_names(after.group(1)) if after else None
                if names and all(n.startswith("各") for n in names):
                    out.add("units", names)
            if not m:
                continue
            point = bool(_POINT.match(sentence[start:].lstrip()))
            verb = m.group(2) or m.group(3) or m.group(4) or m.group(5)
            subject = _ADVERB_BEHIND.sub("", m.group(1))
            spaced = re.match(r"^(.{4,}?[\u4e00-\u9fff”)）])\s+(?=[\u4e00-\u9fff])(.{2,})$", subject)
            acted_on = _OBJECT_BEHIND.search(spaced.group(2)) if spaced and not verb else None
            if spaced and not _doer_names(spaced.group(1)) and (
                    _doer_names(spaced.group(2)) or acted_on and _doer_names(spaced.group(2)[: acted_on.start()])):
                # "安排必要资金,保证…的需要 各县(市、区)人民政府要…": a heading a flattened copy joined to its paragraph
                # by a space, the paragraph's subject after it (with what it acts on before its 要: "…节能改造
                # 各公共机构对新建办公楼建筑项目要…", cut below)
                subject = spaced.group(2)
            if verb and _DUTY_AT_END.search(subject) and _doer_names(_DUTY_AT_END.sub("", subject)):
                subject = _DUTY_AT_END.sub("", subject)  # "市发改、经贸等局依职责协助…": the bodies, without how they act
            if verb and _MANNER_AT_END.search(subject):
                subject = _MANNER_AT_END.sub("", subject)  # "市有关部门全力配合": how the body acts, between it and its verb
            if not verb and clause[m.end():].startswith("做好") and not re.search(r"(?:要|应当|应|须|必须|务必)$", m.group(0)) \
                    and (_DIRECTING.match(subject.strip()) or k > 0):
                # "…;组织有关部门做好…工作", "指导当地政府做好…工作": the bodies a duty's holder directs, no subject; and a
                # body before a bare 做好 only where it opens the sentence ("…,各村(社区)结合实际做好评比工作" is left)
                continue
            by = re.fullmatch(r"(.{2,20}?)由(.{2,12})", subject) if verb == "负责" else None
            if by and is_person(by.group(2)) and _doer_names(by.group(1)):
                # "各行政村由村党支部书记负责…": a body, then the person of its own it answers by (由 its 书记, 主任)
                # before 负责: the body is the doer, with no role word of its own (the 负责 is its person's)
                subject, verb = by.group(1), None
            elif verb and re.search(r"(?<![自理缘事经])由(?!于|此)", subject):
                continue  # "(联席会议)由县政府牵头,…": the body 由 names, read with its role elsewhere (not 联席会议由县政府)
            acted_on_by = _OBJECT_BEHIND.search(subject) if not verb else None
            if re.search(r"负责人|负责同志|领导(?!小组)|干部", subject[: acted_on_by.start()] if acted_on_by else subject):
                continue  # 各乡镇、各部门主要负责人…要: persons (the bodies' heads), no body (not the persons a body acts
                # on: "馆党支部对领导班子、党员干部…不到位的情况,要严肃追究…")
            posts = _PERSONS_BEHIND.fullmatch(subject.strip()) if not verb else None
            if posts and (_doer_names(posts.group(1)) or _UNITS_IN_CHARGE.fullmatch(posts.group(1))):
                # "各责任单位、项目协调员要…": the bodies, then persons named by the post they hold (…员) in the list,
                # the bodies the doers (the persons no unit)
                subject = posts.group(1)
            # "A、B、C等牵头部门,要…": the group after 等 names the role the bodies before it take
            tail = _ROLE_GROUP_TAIL.search(subject)
            if tail and not verb:
                subject, verb = subject[: tail.start()], tail.group(1)
            when = _WHEN_BEHIND.search(subject)
            if when and when.start() >= 2 and _doer_names(subject[: when.start()]):
                subject = subject[: when.start()]  # the body, without when it acts
            handled = _HANDLED_BY.match(subject) if not verb else None
            if handled and _doer_names(handled.group(1)):
                subject = handled.group(1)  # "各科室承办的以下事项应建立工作台账": the body whose matters they are
            which = _WHICH_BEFORE.match(subject)
            if which and _doer_names(subject[which.end():]):
                subject = subject[which.end():]  # "参加督办的政协相关专委会负责…": the bodies, without which of them
            work = _WORK_BEHIND_GROUP.match(subject.strip()) if not verb else None
            if work and not _NAME_END.search(work.group(2)):
                subject = work.group(1)  # "各部门招商引资要实现…": every body of a kind, then the work it does, no name
            what = _OBJECT_BEHIND.search(subject)
            # (…or a township's or 街道's own office named by its bare level, in its own plan: "街道对这一类企业进行彻底排查、
            # 要求其整改的同时,要及时指导…", as 由镇统一发放 names the town's)
            if what and not verb and what.start() >= 1 and (_doer_names(subject[: what.start()])
                                               or _SECTOR_DEPARTMENT.match(subject[: what.start()].strip())
                                               or _ANY_UNIT_OF.match(subject[: what.start()].strip())
                                               or subject[: what.start()].strip() in ("镇", "乡", "街道")):
                subject = subject[: what.start()]  # the body, without what it acts on (before a modal only: not
                # "各乡镇人民政府对本辖区工作全面负责", a duty held, no role)
            # (bare sectors before a group opening the sentence itself: not "同时,教育、…等行业监管部门也要…", a
            # paragraph's closing word to the rest of the sectors)
            opens = k == 0 and not _LEAD_IN.match(sentence.lstrip())
            # (…but after 同时 with a partner's role verb behind them they are the partners the sentence names:
            # "同时,综治、公安、司法、信访等相关部门进一步密切配合")
            partners = verb in ("配合", "协助") and _LEAD_IN.match(sentence.lstrip()) is not None
            names = (_sectors_before_group(subject) if opens or partners else None) or _doer_names(subject)
            if names is None and what and not verb and subject.strip() in ("镇", "乡", "街道"):
                names = [subject.strip()]  # the township's own office by its bare level, what it acts on behind it
            if (names is None or len(names[0]) > 12) and ((first and not verb) or (
                    verb and names and re.search(r"(?:体系|机制|制度|格局)(?=[\u4e00-\u9fff]{2,})", names[0]))):
                # (…also before a role verb where the heading glued on ends on the system it sets up: "(二)建立分工负责的
                # 镇村两级防汛组织体系镇政府负责…")
                # "一、统一思想,提高做好安全生产工作重要性的认识各村委会、各企事业单位要…": the heading glued to the
                # sentence its doers open, no mark between (not read as the first name's words)
                names = _after_glued_heading(subject) or names
            if names is None and not verb and _BARE_WORKS_OFFICE.fullmatch(subject.strip()) \
                    and re.match(r"(?:认真|切实)", clause[m.end():]):
                # "水系管理所认真复核…工程现状": a public works system's management office named bare, in the plan of the
                # department it belongs to, checking with care the works it runs (not where a duty list names one:
                # "交通安全管理站负责…" under the 乡镇政府 that sets it up)
                names = [subject.strip()]
            if names is None and n_sentence <= 1 and k == 0 and subject.strip() == "各行政村":
                # "(三)各村过路桥坝防汛。各行政村要对…检查": the villages opening the item's own text as its subject (not
                # a line deep in a 乡镇政府's duties that has them set up a group: no doer of that item)
                names = [subject.strip()]
            if names is None and verb in ("牵头", "负责") and _EVERY_LEVELS_ORGAN.match(subject.strip()):
                names = [subject.strip()]  # "各级宣传部门负责…宣传工作": every level's organ of one kind, leading its part
            if names is None and m.group(5) and re.fullmatch(r"[\u4e00-\u9fff]{0,12}?(?:领导小组|指挥部|委员会|联席会议)办公室",
                                                             subject.strip()):
                names = [subject.strip()]  # "领导小组办公室设在组织部,负责…": the group's office, named bare, where it sits
            if names is None and posts and _UNITS_IN_CHARGE.fullmatch(subject.strip()):
                names = [subject.strip()]  # 各责任单位 beside the persons: the units the plan holds responsible
            if names is None and not verb and (_COUNTY_LEVELS.fullmatch(subject.strip()) and re.match(r"每(?:月|季度|年|半年)", clause[m.end():])
                                               or subject.strip() == "市县" and m.group(0).endswith("要")):
                # (…and the cities and counties below a province as the subject of 要: "…;市县要结合当地实际,进一步细化…")
                # "…,县区每季度通报一次…工作情况": the county-level places below a city, named by their levels alone,
                # before how often they report: their governments, the doers (not 有条件的区县, some of them)
                names = [subject.strip()]
            if names is None and not verb and k == 0 and m.group(0).endswith("要") and _NAMED_COMPANY.fullmatch(subject.strip()):
                # "郴电国际宜章分公司要密切跟踪电力供需形势变化…": one company named in full opening the sentence as the
                # subject of 要, the body a point hands its work to (not 各类企业要…, the parties a rule binds)
                names = [subject.strip()]
            if names is None and not verb and _ANY_UNIT_OF.match(subject.strip()):
                lone.append(subject.strip())  # 各单位要…: every unit the task names, kept for below
            if names is None and not verb and k == 0 and m.group(0).endswith("要") and _GROUP_PARTNER.match(subject.strip()):
                groups.append(subject.strip())  # 有关部门要引导…, 相关单位要实行…: kept for below
            if names is None and verb in ("配合", "协助") and led and _GROUP_PARTNER.match(subject.strip()):
                names = [subject.strip()]  # "…,市发改委牵头,相关部门配合": the group that supports the lead just named
            if names is None and verb and _LEVEL_DEPARTMENT.match(subject.strip()):
                names = [subject.strip()]  # "市委宣传部门负责组织…": a sector's department of the level, its role verb behind
            if names is None and verb in ("负责", "牵头", "协助", "配合") and first and k == 0 \
                    and m.group(0).endswith(verb) and _SECTOR_DEPARTMENT.match(subject.strip()) \
                    and not _GROUP_PARTNER.match(subject.strip()) and not re.match(r"(?:有关|相关|其他|其它|职能|主管)", subject.strip()):
                # "(十二)监察部门负责按相关规定…查处。": one sector's department, named bare, opening an item with its
                # role verb right behind it (no modal), the item's holder in that role (not a group: 相关部门配合…)
                names = [subject.strip()]
                helped = _HELPED_SECTORS.match(clause[m.end():]) if verb in ("协助", "配合") else None
                if helped:
                    # "民宗部门协助城市管理等有关部门负责对…进行查处": the sectors it helps, before 等…部门 and their 负责,
                    # lead the work (one 部门 each, the group after 等 too)
                    out.add("lead", [x + "部门" for x in helped.group(1).split("、")] + ([helped.group(2) + "部门"] if helped.group(2) else []))
            if names is None and not verb and point and _BARE_SECTORS.fullmatch(subject.strip()):
                names = subject.strip().split("、")  # "二是公安、文化、工商要继续加强…": the point's doers, sectors named bare
            if names is None and not verb and _SECTOR_DEPARTMENT.match(subject.strip()):
                lone.append(subject.strip())  # 林业部门要…: one sector's department, kept for below
            if names is None and m.group(2) in ("督促", "督导") and _SECTOR_DEPARTMENT.match(subject.strip()):
                # 节能主管部门要督促有关部门…: one sector's department whose modal a role verb follows, in that role
                lone_roled.append((_SUBJECT_ROLE[m.group(2)], subject.strip()))
            sectors = re.split(r"[和及与、]", subject.strip())
            if names is None and not verb and len(sectors) > 1 and all(_SECTOR_DEPARTMENT.match(p) for p in sectors):
                lone += sectors  # 统计执法机构和监察部门要…: sectors' bodies in a list, kept for below as each alone
            # the subject of a role verb is names only: not "各乡镇人民政府对本辖区工作全面负责"
            if names and (not verb or all(_NAME_END.search(re.sub(r"\([^()]*\)$", "", n)) or re.match(_SCHOOLS, n)
                                          or _WORK_GROUP.match(n) or _EVERY_VILLAGE.match(n) or _PLACES_OF_A_LEVEL.fullmatch(n)
                                          or _PARKS_OF_A_KIND.fullmatch(n) or _TOWNS_AND_VILLAGES_SHORT.fullmatch(n)
                                          for n in names)):
                # a list parted by a comma: "各村(社区),镇安委会成员单位要…", the clause before it bodies alone
                before = sentence[starts[k - 1]: start - 1].strip() if k else ""
                if before and not _SUBJECT.match(before) and _doer_names(before) and before.startswith("各"):
                    names = _doer_names(before) + names
                if not verb and m.group(0).endswith("要"):
                    # "县司法局要推动落实…责任制,牵头做好…": a later clause of the subject's sentence opening with 牵头,
                    # no subject of its own, names the role the body takes in it
                    later = [sentence[j:].lstrip() for j in starts[k + 1:]]
                    if any(re.match(rf"牵头{_NOT_VERB}", c) for c in later):
                        verb = "牵头"
                role = _SUBJECT_ROLE.get(verb, "units")
                if role == "lead" and verb == "负责" and led and k:
                    role = "support"  # "市商务部门负责规划…,相关旗县(区)负责组织实施": a later 负责 after the lead, support
                if not verb and _SUPPORTING_WORK.match(clause[m.end():]):
                    role = "support"  # 各相关科室要积极负责地做好协办工作: the support's work done, its role
                out.add(role, names)
                led = led or role == "lead"
    # (a body named as the lead it is, before its modal, is one of them: 市经委作为…牵头责任部门,要…;人事部门要…)
    _named_as(folded, out)
    # (an item opening with the duty it makes the bodies named bear: 落实各区县政府、西咸新区管委会、各开发区管委会的民生用气
    # 保供主体责任,严格按照…做好分级保供预案: the bodies whose duty it is, the item's doers, units)
    # (a body already set up to run the work, then its remit with its subject left out: 市政府已成立市电网建设领导小组,
    # 负责电网建设的协调…: the group leads; not 成立…领导小组。负责…, a task of setting one up)
    for set_up in _SET_UP_AND_REMIT.finditer(folded):
        if (names := _doer_names(set_up.group(1))) and len(names) == 1:
            out.add("lead", names)
    # (…and the office it sets up under it, attached to a department, with its own remit: 领导小组下设办公室和秩序维护组,
    # 办公室挂靠市发改委,主要负责日常工作: the office, named bare as written, leads its part)
    if out.roles.get("lead"):
        for office in _ATTACHED_OFFICE.finditer(folded):
            out.add("lead", [office.group(1)])
    borne = _BORNE_DUTY.match(_POINT_NUMBER.sub("", folded.strip())) if not out.roles else None
    if borne and (names := _doer_names(borne.group(1))):
        out.add("units", names)
    if lone_roled and out.roles:
        for role, name in lone_roled:
            out.add(role, [name])
    if lone and out.roles:
        # one sector's department alone as the subject of 要 counts beside the government bodies the task names so
        # ("各乡镇要…。林业部门要切实抓好…"), not as a task's only doer (消防部门要加强综合监管… among 各部门's duties);
        # so does 各单位 in a sentence of its own after them ("各承办单位要…。各单位要加强沟通…")
        out.add("units", [n for n in lone if n not in out.roles.get("units", [])])
    elif lone and all(_ANY_UNIT_OF.match(n) and re.match("各(?:有关|相关)", n) for n in lone):
        # the units concerned the notice addresses as the only subject of 要 in a point (按照…原则,各相关单位要抓紧
        # 落实…; 各相关单位对于…要纳入台账管理): the point's doers (a bare 各单位 alone, the plan's own staff offices in a
        # bureau's plan, is none)
        out.add("units", list(dict.fromkeys(lone)))
    elif groups and not out.roles and all(n in groups for n in lone):
        # the units concerned, opening a sentence of a point as the only subject of 要 in it (四、有关部门要引导…;
        # 相关单位要实行24小时值班): the point's doers, as 各相关单位要… is (a sector's department alone stays none)
        out.add("units", list(dict.fromkeys(groups)))
    elif len(set(lone)) >= 2 and all(_SECTOR_DEPARTMENT.match(n) for n in lone):
        # two sectors' bodies, each the subject of its own 要, and no government body: the task's doers, the work
        # parted between them ("水利部门要及时向有关部门移交…线索。…公安机关要依法严厉打击")
        out.add("units", list(dict.fromkeys(lone)))
    elif len(set(lone)) == 1 and _SECTOR_DEPARTMENT.match(lone[0]) \
            and re.search(r"\n[ \t\u3000]*" + re.escape(lone[0]) + r"要", folded):
        # "(一)实施综合治理。…各相关部门按照各自工作职责,将…同部署。" / "人口计生部门要严格贯彻落实…": one sector's
        # department opening a paragraph of its own below the item's first as the subject of 要, the department the
        # item then turns to, its doer (not one sentence among a paragraph's duties of 各部门)
        out.add("units", [lone[0]])
    if not out.roles:
        _sector_subjects(folded, out)
    _taking_part(folded, out)
    _huitong_subject(folded, out)
    _sectors_working_alongside(folded, out)
    _answering_and_organising(folded, out)
    _partners(folded, out)
    _opening_doer(folded, out)
    _point_doer(folded, out)
    _implementing_subjects(folded, out)
    _finance_sets_aside(folded, out)
    _coordinates(folded, out)
    _year_offices(folded, out)
    _group_subjects(folded, out)
    _supervising(folded, out)
    _done_by(folded, out)
    _office_before_dui(folded, out)
    if not out.roles:
        _town_leads(folded, out)
    if not out.roles:
        _asked(folded, out)
    return {role: [written(text, folded, n) for n in names] for role, names in out.roles.items()}


# a body of government opening a sentence with 会同 and the bodies it works with, maybe with 将 (or a modal) between:
# "县人民政府节约能源办公室将会同有关部门制定…改造计划" (the body leads, its partners support, as X会同有关部门负责 reads)
_HUITONG_SUBJECT = re.compile(r"^([^，,。;；:：“”会]{2,40}?)(?:将|要|应|须)会同([^，,。;；:：“”]{2,60})")
# the partners' names end at a body's name, what they do after it: 有关部门|制定…, 市财政局、市教育局|研究…
_HUITONG_PARTNERS = re.compile(r"^(.+?(?:部门|单位|[局委办厅署]|中心|办公室|政府))(?=[\u4e00-\u9fff])(?!门|公室)")


def _huitong_subject(folded: str, out: Found) -> None:
    """The body before (将/要)会同 in a sentence of the item, its partners after: lead and support."""
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        m = _HUITONG_SUBJECT.match(_POINT_NUMBER.sub("", sentence.strip()))
        if not m:
            continue
        leads = _doer_names(m.group(1).strip())
        if not leads or not all(_GOV.search(n) for n in leads):
            continue
        items, _ = split_outside_brackets(m.group(2), "、")
        end = _HUITONG_PARTNERS.match(items[-1]) if items else None
        partners = _names("、".join(items[:-1] + [end.group(1)])) if end else None
        out.add("lead", leads)
        if partners and all(looks_like_unit(n) for n in partners):
            out.add("support", [n for n in partners if n not in leads])


# bare sectors after a level written once, before 等部门 and how they act beside the leads (协同/配合 做好…), maybe by
# their duties first: "市科技、财政、统计…、质量技术监督等部门按照职责,协同做好相关工作" (each the level's department)
_SECTORS_ALONGSIDE = re.compile(r"^([省市区县])((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})等(?:有关|相关)?部门"
                                r"(?:(?:按照?|依照?|根据|依据)(?:各自)?(?:职能)?职责(?:分工)?)?[，,]?(?:协同|配合|协助)(?:做好|抓好|开展|推进|落实)")


def _sectors_working_alongside(folded: str, out: Found) -> None:
    """The level's departments of bare sectors working alongside the task's leads (support), the level shared."""
    for sentence in _SENTENCES.split(folded):
        m = _SECTORS_ALONGSIDE.match(_POINT_NUMBER.sub("", sentence.strip()))
        if not m:
            continue
        sectors = m.group(2).split("、")
        if any((looks_like_unit(x) and len(x) > 2) or places(x) or re.search(r"[各省市县区乡镇村]", x[0]) for x in sectors):
            continue
        out.add("support", [m.group(1) + x + "部门" for x in sectors])


# the press a plan asks to cover its event, named bare (电视台、报社, 广播电台、融媒体中心), before it sends or arranges
# its reporters (6.请电视台、报社派记者参加活动), an item's field's number before it or none
_PRESS_ASKED = re.compile(r"(?:^|(?<=[。；;\n]))\s*(?:\d{1,2}\s*[.、．]\s*)?请"
                          r"((?:[\u4e00-\u9fff]{0,4}?(?:电视台|报社|电台|融媒体中心)、?){1,4})(?<!、)(?=派|安排)")


def press_asked(text: str) -> list[str]:
    """The press a task's text asks to send its reporters to the event (请电视台、报社派记者参加活动): units, as
    written, beside whatever the rest of the task names."""
    folded = fold(text)
    names = [n for m in _PRESS_ASKED.finditer(folded) for n in m.group(1).split("、") if n]
    return [written(text, folded, n) for n in dict.fromkeys(names)]


def _asked(folded: str, out: Found) -> None:
    """The bodies a sentence asks to act, named right after its 请 and before what they are to do, with no 要
    ("请各村(社区),镇安委会成员单位加强相关信息的收集汇总,于…前报送…": units), their list parted by 、 or by a comma;
    a body of the place only, opening the list with 各 or its level (not 请及时按程序向区人民政府报告)."""
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        sentence = sentence.strip()
        if not sentence.startswith("请"):
            continue
        names: list[str] = []
        for clause in split_outside_brackets(sentence[1:], ",，")[0]:
            clause = clause.strip()
            whole = _doer_names(clause) if _NAME_END.search(re.sub(r"\([^()]*\)$", "", clause)) or \
                re.fullmatch(r"各[\u4e00-\u9fff]{1,6}(?:\([^()]*\))?", clause) else None  # (各村(社区), a 各 group alone)
            if whole:
                names += whole
                continue
            cut = None
            for i in range(2, min(30, len(clause))):
                head = clause[:i]
                found = _doer_names(head) if re.match(r"[\u4e00-\u9fff]", clause[i]) and _NAME_END.search(head) else None
                if found and all(looks_like_unit(n) for n in found):
                    cut = found  # the longest run of names before the verb
            names = names + cut if cut else []
            break
        if names and re.match(r"各|[省市区县镇乡]", names[0]) and all(_GOV.search(n) for n in names):
            out.add("units", names)


# "由镇党建办公室每月25日前…考核", "由旗林草局委托招标代理机构进行备案工作", "由迎接…工作领导小组提出具体方案": the bodies 由
# names as the ones that do what follows, with no role word (a role word after them — 牵头, 负责, 会同, 配合, 督办 — is
# read as that role elsewhere)
_DONE_BY = re.compile(r"(?<![自理缘事经])由(?!于|此)([^,，。;；:：由()（）“”]{2,40}?(?:[局委办厅署]|中心|办公室|政府|部门|领导小组|工作组|"
                      r"指挥部|党委|党组|委员会|委会|卫会))(?=[\u4e00-\u9fff\d])"
                      # not inside a longer name (办|公室, 委|员会, 领导小|组, 安委|会), nor before a role word or a list
                      r"(?!公室|公厅|员会|小组|组|室|办|会(?!同))"
                      # (nor the 办 of the verb 办理: 由主办科室与其他相关科室共同研究办理)
                      r"(?!(?<=办)理)"
                      r"(?!会同|牵头|负责|为主|配合|协助|参与|跟进|跟踪|督|监督|指导|落实|实施|等|和|及|与|、|的)"
                      # nor the body in a person's post (由市长、市消安委会主任某某审定): a person acts
                      r"(?!副?(?:主任|书记|局长|部长|组长|主席|秘书长|县长|市长|区长|镇长|乡长)|负责人|领导|同志)"
                      # nor the agent of what a noun after it is (由省财政厅下达的资金): no doing of the task's
                      r"(?![\u4e00-\u9fff]{1,6}的)")


_ROLE_IN_CLAUSE = re.compile(r"会同|牵头|负责|为主|配合|协助|参与|督办|督促|督查|督导|监督|指导")


def _done_by(folded: str, out: Found) -> None:
    named = {n for found in out.roles.values() for n in found}
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        for m in _DONE_BY.finditer(sentence.strip()):
            rest = re.split(r"[,，]", sentence.strip()[m.end(1):])[0]
            if (m.group(1).endswith("会") and rest.startswith("同")) or _ROLE_IN_CLAUSE.search(rest):
                continue  # 由市卫健委会同…, 由A、B跟进督办: a role word in the clause, read elsewhere
            coordinated = re.fullmatch(r"[镇乡县区市](?:政府|人民政府)?协调([^协调]{2,12})", m.group(1))
            if coordinated:
                # "由镇协调陆渠局做好大渠沿线检查维修工作": the plan's own level bringing in the body that does the work
                names = [coordinated.group(1)]
                if names[0] not in named:
                    out.add("units", names)
                continue
            names = _names(m.group(1))
            # (a name joining two levels by 和 no list split — 由市和区县政府给予补助 — is not read as one unit)
            if names and all(looks_like_unit(n) and plausible_name(n) and not re.search(r"[和及与]", n) for n in names):
                out.add("units", [n for n in names if n not in named and n not in out.roles.get("units", [])])


# a group of the plan's bodies named with 各 opening a sentence of the item (or the clause after the date it opens
# with: "11月30日前,各审批单位将…报…") as the subject of a plain verb a preposition leads into (对/将/把/向/按/在…):
# "各审批单位对进驻情况开展自查" — the task's doers, with no role word (units); so are the places under the plan's own
# and a level's grassroots offices named so (各镇在本级党委统一部署下…, 各派出所将…进行宣传), and such a group opening a
# sentence with how often it acts ("各村(社区)每季度组织一次…": a plain verb, read where it opens the sentence, as the
# verbs here are; 每…至少, a requirement like 要, counts at any clause: _SUBJECT)
_GROUP_SUBJECT = re.compile(r"^(?:[^,，。]{2,16}(?:前|后|起|底)[,，])?"
                            r"(各(?:[\u4e00-\u9fff]{1,10}?(?:单位|部门)|(?:乡镇|镇|乡|街道|村|社区|县|区|市){1,3}(?:\([^()]{1,10}\))?"
                            # (or the villages' committees, 各村委会, going to an office for what they are given:
                            # "各村委会到镇合管办领取…收据")
                            r"|(?:村|居|村\(居\))(?:民)?委(?:员)?会(?=到)))"
                            # (…and the zones the addressees name by their count in quotes beside the counties after 及:
                            # "各县市区及“三区”按照属地…", 三区 the three development zones)
                            r"(?:及(“[一二三四五六七八九十两]区”))?"
                            r"(?:对|将|把|向|按照?|依照?|根据|结合|在|到|每(?:个)?(?:月|季度|年|周|半年))")


_OWN_BUREAU_SHORT = re.compile(r"^([省市县]局)(?:按照|根据|结合)")


def _group_subjects(folded: str, out: Found) -> None:
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        m = _GROUP_SUBJECT.match(re.sub(r"^\s*\d{1,2}\s*[、.．]", "", sentence.strip()))
        if m and _GOV.search(m.group(1)) and m.group(1) not in out.roles.get("units", []):
            out.add("units", [m.group(1)] + ([m.group(2)] if m.group(2) else []))
        own = _OWN_BUREAU_SHORT.match(sentence.strip())
        if own and own.group(1) not in out.roles.get("units", []) and any(n != own.group(1) for ns in out.roles.values() for n in ns):
            # "省局按照…制定风险清单;市县要…": a bureau's plan naming its own level's bureau short (省局) opening a
            # sentence before what it acts by, beside the levels below it as doers: a doer too
            out.add("units", [own.group(1)])


# "未按时进驻的,由区行政服务中心管委会、区政府督查室跟进督办": the bodies 由 names as those who press the work on
# (督办, 督促, 督查, 督导, 监督) supervise it
_SUPERVISED_BY = re.compile(r"(?:^|[,，])由([^,，。;；由]{2,40}?)(?:跟进|跟踪|负责|进行|予以|加强)?(?:督办|督促|督查|督导|监督)"
                            r"(?![室组处科局委办队站所中员])")  # 督查室, 督导组: an office's name, not the verb


def _supervising(folded: str, out: Found) -> None:
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        for m in _SUPERVISED_BY.finditer(sentence.strip()):
            names = _names(m.group(1))
            if names and all(looks_like_unit(n) for n in names):
                out.add("supervise", [n for n in names if n not in out.roles.get("supervise", [])])


# a sentence opening with a list of bare sectors its group calls sectors' departments, going straight on with what
# they do: "人社、农业农村、…、水利等行业部门分别开展…" (a layout's spaces inside the words left out)
_SECTOR_SUBJECT = re.compile(r"^((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}等(?:行业|行业主管|主管)部门)(?=[\u4e00-\u9fff])(?!的|和|及|与|等|职责|工作|协作|联动|之间)")


def _sector_subjects(folded: str, out: Found) -> None:
    """Sectors' departments as the subject of a sentence with no role word and no 要 (units): a task's doers."""
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        m = _SECTOR_SUBJECT.match(re.sub(r"(?<=[\u4e00-\u9fff、])\s+(?=[\u4e00-\u9fff、])", "", sentence.strip()))
        if not m:
            continue
        # one 部门 per bare sector, the group after 等 (等行业部门) naming no further unit; two sectors or more (a
        # single word before 部门 may be a verb: 严格部门…, 联合交通部门…)
        sectors = re.sub(r"等[\u4e00-\u9fff]{0,4}部门$", "", m.group(1)).split("、")
        if len(sectors) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", x) for x in sectors):
            continue
        out.add("units", [x + "部门" for x in sectors if x + "部门" not in out.roles.get("units", [])])


# 等牵头部门 / 等配合单位 closing a subject's list: the role of the bodies it names
_ROLE_GROUP_TAIL = re.compile(r"等(牵头|配合|协助)(?:部门|单位)$")


# bare sectors a doer gathers for the work, closed by 等部门 and a comma: "组织交通、交警、农机、教育等部门,督促检查…"
_GATHERED_SECTORS = r"[^，,。;；:：]{2,30}?等(?:有关|相关)?部门(?=[，,])"
# a clause with its subject left out that brings other bodies into the doer's work: "联合交通部门检查…",
# "会同…", right after "X牵头," its "组织各村(居)委会及网格员开展…", and anywhere the sectors it gathers
# ("…提升行动,组织住建、城管、公安交管和消防救援等部门,分类施策"); after a comma the clause may keep the doer's
# modal ("县发改局负责统筹…工作,要会同县科工局、…")
_PARTNER = re.compile(r"(?:^|(?<=[，,。;；]))\s*(?:同时)?(?:(?:(?<=[，,])(?:要|应|并))?(?:联合|会同)(?:并协调)?|(?<=牵头[，,])组织|组织(?=" + _GATHERED_SECTORS + r"))"
                      r"([^，,。;；:：]+)")
# the office that opens an item's first sentence, named with its level, right before what it does: 镇派出所强化…
# (or a level's government: 县政府在一个月内…)
_OPENING_OFFICE = re.compile(r"^([省市区县镇乡](?:[\u4e00-\u9fff]{1,10}?(?:局|厅|委|办|指挥部|大队|支队|中队|所|站)|(?:人民)?政府|[\u4e00-\u9fff]{0,10}?联席会议)"
                             # (or a bureau's own office in its own work points: 局综合科结合我局日常工作…)
                             r"|局[\u4e00-\u9fff]{1,6}?(?:科|股))"
                             r"(?=[\u4e00-\u9fff])(?!公室|公厅|事处|长|领导|要|应|须|必须|牵头|负责|配合|协助|的)")


# the date an item opens with before its doer: 6月9日前,县安监局在…
_DATE_FIRST = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:前|底前|中旬前)?[,，]\s*")
# …or the event it opens with, the doer acting after it: "调度会议后,县政府办及时形成…", "辖区内发生…事故后,县政府在一个
# 月内向市政府上报…" (a clause with no comma of its own, ending in 后)
_EVENT_FIRST = re.compile(r"^[^,，。;；:：]{2,30}?(?:之后|以后|后)[,，]\s*")


# an item that opens with the verb of its duty, its holder left out: a body's list of its own duties (负责耕地…保护。
# …会同生态环境厅开展…), the holder being the text's sender
_OWN_DUTY = re.compile(r"^(?:负责|牵头|承担)")


def opens_with_own_duty(text: str) -> bool:
    """An item's text (or its title) opening with the verb of its duty, its holder left out (_OWN_DUTY)."""
    return bool(_OWN_DUTY.match(fold(text).strip()))


def _partner_list(folded: str) -> list[str]:
    """The bodies the partner clauses of a folded text name (_PARTNER), in order, once each."""
    found: list[str] = []
    for m in _PARTNER.finditer(folded):
        found += [n for n in _partner_names(m.group(1)) if n not in found]
    return found


def partners_alone(text: str) -> list[str]:
    """The bodies an item that names no doer at all brings into its work, the plan's own body doing it ("…,会同区级
    有关部门推进协同监管", "二是抓指导,联合市场监管、财税部门…进行指导", "组织住建、城管…等部门,分类施策"): they
    support, with no lead (names as written; none where an office opens the item as its doer, or doers() finds one)."""
    folded = fold(text)
    if doers(text) or _OPENING_OFFICE.match(_DATE_FIRST.sub("", folded.strip())):
        return []
    return [written(text, folded, n) for n in _partner_list(folded)]


# "…由政府分管领导牵头,统计、国家和省统计局辽阳调查队、发改、…、税务等相关经济和社会管理部门参加,…": after a clause
# naming who leads, a list of sectors and bodies closed by a group tail (等相关…部门) as the subject of 参加 or 参与: they
# support, each named as written (bare sectors too: 统计, 发改), the group tail a name of its own
_PARTAKERS = r"((?:[^,，。;；:：、]{2,16}、)+[^,，。;；:：、]{2,16})等((?:有关|相关|其他)[\u4e00-\u9fff]{0,12}?(?:部门|单位))(?:参加|参与)"
_TAKING_PART = re.compile(r"牵头[,，]" + _PARTAKERS)
_TAKING_PART_LIST = re.compile(r"\s*" + _PARTAKERS + "$")  # the clause alone, after the one naming its lead
_BARE_SECTORS_TAKING_PART = re.compile(r"^\s*((?:[\u4e00-\u9fff]{2,9}、)+[\u4e00-\u9fff]{2,12})等部门(?:参与|参加)(?:的|$)")


# "涉案地政府对处置非法集资工作负总责,组织有关部门做好案件的受理、调查…": the body that answers for the work and
# organises the bodies after 组织 to do it
_ANSWERS_AND_ORGANISES = re.compile(r"(?:^|(?<=[，,。;；]))\s*([^，,。;；:：]{2,20}?)对[^，,。;；:：]{2,30}?负总责[,，]\s*组织"
                                    r"([^，,。;；:：]{2,20}?)(?:做好|开展|实施|落实|抓好)")


def _answering_and_organising(folded: str, out: Found) -> None:
    """The body a sentence opens with, answering for the work (X对…负总责) and organising others to do it (,组织Y做好…):
    it leads, the bodies it organises support (a duty held alone, X对…全面负责, is no role)."""
    for m in _ANSWERS_AND_ORGANISES.finditer(folded):
        lead, partners = _doer_names(m.group(1).strip()), _doer_names(m.group(2).strip()) or (
            [m.group(2).strip()] if _GROUP_PARTNER.match(m.group(2).strip()) else None)
        if lead and partners:
            out.add("lead", lead)
            out.add("support", partners)


def _taking_part(folded: str, out: Found) -> None:
    for m in _TAKING_PART.finditer(folded):
        names = [n for n in m.group(1).split("、")] + [m.group(2)]
        out.add("support", [n for n in names if n not in out.roles.get("support", [])])


def _partners(folded: str, out: Found) -> None:
    """The bodies a task's doer works with, named in a clause with no subject of its own after the doer's
    sentence ("镇派出所强化执法…。联合交通部门检查…"; "镇应急办牵头,组织各村(居)委会及网格员开展…"): they
    support; a doer named only as its first sentence's subject, with such partners, leads. In an item of a body's
    own duties, which names no holder (负责…,会同生态环境厅开展…), they support with no lead (and in an item that
    names no doer at all: partners_alone)."""
    found = _partner_list(folded)
    if not found:
        return
    if not out.roles and opens_with_own_duty(folded):
        out.add("support", found)
        return
    if not out.roles.get("lead"):
        opening = _OPENING_OFFICE.match(_DATE_FIRST.sub("", folded.strip()))
        if not opening or out.roles or not _GOV.search(opening.group(1)):
            return
        out.add("lead", [opening.group(1)])
    out.add("support", [n for n in found if n not in out.roles.get("lead", [])])


# the places under the plan's own named as a group with 各 (各县(市)区, 各镇(街道), 各乡镇), maybe with a bare organ after
# them (、管委会), opening a sentence straight before what they do: "各县(市)区结合实际,…", "各镇(街道)、管委会对本辖区…"
# (not before an organ of theirs, a role word, 要 or a level: 各县区政府, 各区县, 各级)
_PLACE_KIND = r"(?:[县市区乡镇旗]|街道|\([县市区乡镇旗街道、]{1,8}\))"
_OPENING_PLACES = re.compile(
    rf"^(各{_PLACE_KIND}+)((?:、(?:各?{_PLACE_KIND}+|[\u4e00-\u9fff]{{0,6}}?管委会))*)(?![县市区乡镇旗街(（])(?=[\u4e00-\u9fff])"
    r"(?!人民政府|政府|党委|党工委|管委会|办事处|人大|政协|要|应|须|必须|牵头|负责|配合|协助|的|和|及|与|等|级|各|委|直|属|域|长|主要|分管|领导)")


def _opening_doer(folded: str, out: Found) -> None:
    """An office named with its level opening the item's first sentence with what it does, no role word and
    no partner ("区应急管理局定期核实…"): the task's doer, with no role (units). Not the head of a longer name
    (区安委|会有关成员单位, 区农业农村委|安委办将…), nor of a subject of 要 no rule took (区气象局党组要…). So are
    the places under the plan's own, named as a group with 各, opening it the same way ("各县(市)区结合实际,因地制宜,
    动员…", "各镇(街道)、管委会对本辖区内…进行排查摸底")."""
    if out.roles:
        return
    first = re.split(r"[。；;!！?？\n]", folded.strip())[0]
    # after an event the sentence opens with, the body that acts then (a body inside the event is the event's: 县政府批准后,…)
    names = _opening_subject(_EVENT_FIRST.sub("", first, count=1))
    event = _EVENT_FIRST.match(first)
    if not names and event:
        # "督办结束后,参加督办的相关专委会形成书面督办情况材料": after the event, a group of the plan's bodies named with
        # 有关/相关/各 and which of them it is (参加督办的), before what it does then
        names = _qualified_group_after_event(first[event.end():])
    if names:
        out.add("units", names)


_QUALIFIED_GROUP = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}的)?((?:各|有关|相关)[\u4e00-\u9fff]{0,8}?(?:专委会|委员会|成员单位|单位|部门|科室))"
                              r"(?=[\u4e00-\u9fff])(?!要|应|须|必须|牵头|负责|配合|协助|的|和|及|与|等|主要|负责人|领导)")


def _qualified_group_after_event(rest: str) -> list[str] | None:
    m = _QUALIFIED_GROUP.match(rest.strip())
    return [m.group(1)] if m and _GOV.search(m.group(1)) else None


# a point's when, one or two clauses right after its ordinal 是: 每年1-2月份, 特别是春节和元宵节期间
_POINT_WHEN = re.compile(r"^(?:特别是|尤其是)?[^,，。;；]{0,16}?(?:\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?|期间|前|后|时)$")


def _point_doer(folded: str, out: Found) -> None:
    """An office named with its level opening a point's clause after when it acts (二是每年1-2月份,特别是春节和元宵节期间,
    县政府下发《…》): a doer of the item (units), as the office opening an item's first sentence is."""
    for m in re.finditer(r"(?:^|(?<=[。；;\n]))\s*[一二三四五六七八九十]是", folded):
        clauses = re.split(r"[,，]", re.split(r"[。；;\n]", folded[m.end():])[0])
        k = 0
        while k < min(2, len(clauses) - 1) and _POINT_WHEN.match(clauses[k].strip()):
            k += 1
        if k == 0:
            continue
        names = _opening_subject(",".join(clauses[k:]).strip())
        if names:
            out.add("units", [n for n in names if n not in out.roles.get("units", [])])


# an office named with its level opening a later clause right before 对 and whom it acts on: 镇党委对排名后3名的党支部书记
# 进行约谈 (not a longer name's head: 镇党委|对口…)
_OFFICE_BEFORE_DUI = re.compile(r"(?:^|(?<=[,，。;；\n]))\s*([省市区县镇乡](?:党委|党工委|政府|人民政府|[\u4e00-\u9fff]{1,10}?(?:局|委|办))"
                                r")对(?!口|外|接|标|照|应|象|于)[^,，。;；]{2,30}?进行")


# …or opening a later sentence before what it acts by (根据/按照/结合 …) and a comma: 县新冠肺炎疫情联防联控领导小组办公室
# 根据防控工作需要,及时调整完善… (an office or a leading group's office named with its level)
_OFFICE_BEFORE_BASIS = re.compile(r"(?:(?<=[。；;\n]))\s*([省市区县镇乡][\u4e00-\u9fff]{1,24}?(?:局|委|办|领导小组办公室|指挥部办公室|指挥部))"
                                  r"(?:根据|按照|依据)[^,，。;；]{2,20}?[,，]")


def _office_before_dui(folded: str, out: Found) -> None:
    """An office named with its level opening a later clause or sentence of an item that names its doers otherwise,
    before 对 and whom it acts on (…考核,每季度进行一次排名,镇党委对排名后3名的党支部书记进行约谈): a doer beside them
    (units)."""
    if not out.roles:
        return
    for m in _OFFICE_BEFORE_DUI.finditer(folded):
        name = m.group(1)
        if m.start(1) > 0 and _GOV.search(name) and name not in [n for ns in out.roles.values() for n in ns]:
            out.add("units", [name])
    for m in _OFFICE_BEFORE_BASIS.finditer(folded):
        name = m.group(1)
        if (_GOV.search(name) or re.search(r"(?:领导小组|指挥部)办公室$", name)) and looks_like_unit(name) \
                and name not in [n for ns in out.roles.values() for n in ns]:
            out.add("units", [name])


# the pilot places or bodies a plan picks, named by that role, opening an item before what they set up or hold
_OPENING_PILOT = re.compile(r"^((?:各)?试点(?:村|社区|乡镇|镇|乡|街道|单位))(?=成立|建立|制定|召开|推选|组建|设立)")


def opening_pilot(title: str) -> bool:
    """A title whose subject is the pilot the plan picks, named by that role, before what it sets up (试点村成立…)."""
    return _OPENING_PILOT.match(fold(title).strip()) is not None


def _opening_subject(first: str) -> list[str] | None:
    """The bodies opening a folded sentence as the subject of what they do, with no role word and no 要 (_opening_doer):
    an office named with its level, or the places under the plan's own named as a group with 各."""
    if _SUBJECT.match(first):
        return None
    branches = re.match(r"(各(?:村|社区|机关|基层)?党(?:支部|总支|组织))(?=对)", first)
    if branches:
        return [branches.group(1)]  # 各党支部对党员实行常态化积分考评: a Party plan's branches, before whom they act on
    places = _OPENING_PLACES.match(first)
    if places:
        names = [places.group(1)] + [n for n in places.group(2).split("、") if n]
        if all(_GOV.search(n) for n in names):
            return names
    pilot = _OPENING_PILOT.match(first)
    if pilot:
        return [pilot.group(1)]  # "1.试点村成立红白事理事会": the pilot the plan picks, named by that role, setting up its work
    sector = re.match(r"^((?![省市区县州镇乡各])[\u4e00-\u9fff]{2,4}(?:部门|机关))(?=按照?|依照?|根据|依据)", first)
    if sector and _SECTOR_DEPARTMENT.match(sector.group(1)):
        # "(三)交通部门按照《道路运输条例》…的规定,对…责令其改正": one sector's department opening the item before the
        # rules it acts by, a plain verb behind
        return [sector.group(1)]
    opening = _OPENING_OFFICE.match(first)
    if not opening or not _GOV.search(opening.group(1)):
        return None
    name = opening.group(1)
    # (我 is in no body's name: 局综合科结合我局… is the office, then what it does)
    return None if any(looks_like_unit(first[: len(name) + k]) and "我" not in first[len(name): len(name) + k]
                       for k in range(1, 5)) else [name]


# a sentence opening with an office named with its level as the subject of 实施/落实 (the verbs of carrying out, no
# 要 before them): "市林业事业发展中心实施104国道下游右岸道路建设", "县交通运输局具体落实…"
_IMPLEMENTING = re.compile(r"^([省市区县镇乡][\u4e00-\u9fff]{1,14}?(?:局|厅|委|办|中心|指挥部|大队|支队|中队|所|站))"
                           r"(?:具体|负责)?(?:实施|落实)(?!方案|意见|细则|办法|情况|的)")


def _implementing_subjects(folded: str, out: Found) -> None:
    """An office named with its level opening a sentence of the item (not only its first) as the subject of
    实施/落实: it implements that part of the task."""
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        m = _IMPLEMENTING.match(re.sub(r"\s+", "", sentence))
        if m and _GOV.search(m.group(1)) and m.group(1) not in out.roles.get("implement", []):
            out.add("implement", [m.group(1)])


# two offices or more listed by 、, each named short (外经贸局, 建委), opening the clause after the year a sentence of
# the item opens with, right before a plain verb: "2009年,外经贸局、建委引进外资各1亿美元" — the task's doers that
# year, with no role word (units)
_YEAR_FIRST = re.compile(r"^\d{4}\s*年(?:度)?[,，]\s*")
_YEAR_OFFICES = re.compile(r"((?:[\u4e00-\u9fff]{1,6}[局委办]、)+[\u4e00-\u9fff]{1,6}[局委办])(?=[\u4e00-\u9fff])"
                           r"(?!公|事|员|会|要|应|须|必须|务必|牵头|负责|配合|协助|参与|会同|督促|督导|指导|为|是|的|等|和|及|与|或)")


def _year_offices(folded: str, out: Found) -> None:
    named = [n for ns in out.roles.values() for n in ns]
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        year = _YEAR_FIRST.match(sentence.strip())
        m = _YEAR_OFFICES.match(sentence.strip()[year.end():]) if year else None
        if not m:
            continue
        names = m.group(1).split("、")
        if all(looks_like_unit(n) and plausible_name(n) for n in names):
            out.add("units", [n for n in names if n not in named])


# an office named with its level that brings others into its work by 协调, they closed by a group tail and a comma:
# "近期,县征兵办将协调县委宣传部等部门,利用…展开征兵宣传" — the office leads, the bodies it brings in (and the group
# tail as written, A等部门 → A, 部门) support
_COORDINATES = re.compile(r"(?:^|(?<=[,，。;；\s]))([省市区县镇乡][\u4e00-\u9fff]{1,12}?(?:局|委|办|部|中心))(?:将|要|负责|积极)*协调"
                          r"([^,，。;；协]{2,30}?等(?:有关|相关)?(?:部门|单位))(?=[,，])")


def _coordinates(folded: str, out: Found) -> None:
    named = [n for ns in out.roles.values() for n in ns]
    for m in _COORDINATES.finditer(folded):
        partners = _names(m.group(2))
        if not _GOV.search(m.group(1)) or m.group(1) in named or not partners \
                or not all(looks_like_unit(n) for n in partners[:-1]):
            continue
        out.add("lead", [m.group(1)])
        out.add("support", [n for n in partners if n not in named])


# the finance of a level written as its level and sector, no organ (区财政, 县财政), opening a sentence as the subject
# of setting money aside: "区财政安排资金100万元", "县财政安排县卫计局迎复审工作经费50万元" (how often it does so
# may stand between: 每年安排) — the task's doer, with no role word (units)
_FINANCE_SETS_ASIDE = re.compile(r"^(?:\d{1,2}\s*[、.．]\s*)?([省市区县镇乡]财政)(?:每年度?|年度|当年)?(?:安排|拨付|列支)"
                                 r"(?=[\u4e00-\u9fff\d])(?!的)")


def _finance_sets_aside(folded: str, out: Found) -> None:
    for sentence in re.split(r"[。；;!！?？\n]", folded):
        m = _FINANCE_SETS_ASIDE.match(re.sub(r"\s+", "", sentence))
        if m and m.group(1) not in [n for ns in out.roles.values() for n in ns]:
            out.add("units", [m.group(1)])


# a province's or a city's department named without its level, as its fellow departments write it (生态环境厅, 公安局)
_LEVELLESS_DEPARTMENT = re.compile(r"^(?![省市区县镇乡各])[\u4e00-\u9fff]{2,10}(?:厅|局)$")


def _partner_names(after: str) -> list[str]:
    """The bodies a partner phrase opens with (会同市发展改革委负责…: 市发展改革委), or none."""
    rest = re.split(r"[，,。;；:：]|负责|牵头|配合|协助", after)[0]
    for end in range(min(len(rest), 30), 1, -1):
        # 联合市场监管、财税部门及第三方: bare sectors right before a name in 部门 share it
        names = _bu_men_before([p for n in _names(rest[:end]) or [] for p in split_outside_brackets(n, "和及与")[0]])
        names = [n for n in names if _NAME_END.search(re.sub(r"\([^()]*\)$", "", n))]  # 网格员: persons
        if names and all(_GOV.search(n) or _DEPARTMENTS.match(n) or _LEVELLESS_DEPARTMENT.match(n) for n in names):
            return names
        # 会同有关单位, 会同县直有关部门和企业: a group of bodies, and enterprises beside one
        if names and kind_of(names[0]) == "group" and all(kind_of(n) in ("group", "enterprise") for n in names):
            return names
        # 会同交通安全管理站等其他部门: bodies closed by a group of departments (等其他部门) are bodies whatever their kind
        if len(names) > 1 and re.fullmatch(r"(?:其他|其它|有关|相关)部门", names[-1]) and all(map(looks_like_unit, names[:-1])) \
                and re.search(r"等(?:其他|其它|有关|相关)部门$", rest[:end]):
            return names
    return []


# ------------------------------------------------------------------ a list of units' duties

# inside one holder's duties, whoever else is named as working with it: 根据…会同气象部门提供, 与同级气象部门联合发布,
# 与相关职能部门共同进行, 组织消防部门参与, 组织交通、农机等部门,…
_DUTY_PARTNER = re.compile(r"会同(?:并协调)?([^，,。;；:：]+)|与([^，,。;；:：与]{2,20}?)(?:联合|共同)|组织(?:协调)?([^，,。;；:：]{2,20}?)(?:参与|共同)"
                           # 定期召集…联席会议成员单位开展会商: the members a holder convenes do that work with it (not
                           # 召集各单位负责人, persons)
                           r"|召集(?P<convened>[^，,。;；:：]{2,40}?)(?=开展|召开|进行|研究|会商|参加|共同)"
                           # 定期组织交通、交警、农机、教育等部门,督促检查…: the sectors it gathers for the work
                           r"|组织(" + _GATHERED_SECTORS + ")")

# a body named with its level whatever its kind (市委宣传部, 市检察院, 市市场监督管理局, 市供销社), or a company
_LEVEL_BODY = re.compile(r"^[省市区县](?!场|域|级|属|直)")
# 二、乡镇人民政府: the organ of a grassroots level written with the level alone, as a part over its duties
_GRASSROOTS_ORGAN = re.compile(r"^(?:乡镇|乡|镇|街道)(?:人民政府|政府|党委|办事处)$")
# 各街道办事处, 各镇人民政府: the organs of all the place's towns or 街道
_GRASSROOTS_ORGANS = re.compile(r"^各(?:乡镇|乡|镇|街道)(?:人民政府|政府|办事处)$")


def _grassroots_holders(names: list[str] | None) -> bool:
    """A part's title listing the place's towns and 街道 as the holders of its duties: two or more names, each a
    town named alone (南庄镇) or the grassroots organs of a level (各街道办事处, 乡镇人民政府), one at least an organ
    (a town's name alone over items may be where they are, not who does them)."""
    if not names or len(names) < 2:
        return False
    organ = [bool(_GRASSROOTS_ORGAN.match(n) or _GRASSROOTS_ORGANS.match(n)) for n in names]
    town = [bool(re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)", n)) and kind_of(n) == "town" for n in names]
    return any(organ) and all(o or t for o, t in zip(organ, town))


# a duty's verb opening what would be a holder's name: "(三)配合有关部门指导…" (its title 配合有关部门)
_ROLE_VERB_FIRST = re.compile(r"^(?:配合|协助|协同|参与|会同|牵头|负责|督促|指导|组织)")


def _holder(name: str) -> bool:
    """A name that can hold duties in a list of units' duties: a body of government, a sector's department
    (工商行政管理部门), a body named with its level, or a company (…有限责任公司沈阳分公司). A title opening with a
    role verb (配合有关部门: a duty of its part's holder, its object the bodies it helps) names no holder."""
    if _ROLE_VERB_FIRST.match(name):
        return False
    if _GOV.search(name) or (_DEPARTMENTS.match(name) and not re.search("[各的]", name)):
        return True  # a sector's department, not 督促各级民政部门 nor 约束性指标的责任部门
    kind = kind_of(name)
    return kind == "enterprise" or (bool(_LEVEL_BODY.match(name)) and looks_like_unit(name) and kind != "group")


def _loose_holder(name: str) -> bool:
    """A holder, or any name of a unit's kind (武警西安支队) where the shape already says it holds duties."""
    return _holder(name) or (looks_like_unit(name) and kind_of(name) not in ("group", "other"))


def _all_hold(names: list[str] | None, holder) -> bool:
    """Names that hold the duties after them: the first a holder, the others holders or a group (有关部门)."""
    return bool(names) and holder(names[0]) and all(holder(n) or kind_of(n) == "group" for n in names)


# "市交委:负责…", "市电信局、某公司:负责…", "市应急办负责…": an unnumbered line of a duty list, opening with its holder
_DUTY_OPENING = re.compile(r"^\s*([^，,。；;：:（()）\s]{2,40}?|[^，,。；;：:（()）\s]{1,20}[（(][^，,。；;：:（()）\s]{1,4}[）)]"
                           r"[^，,。；;：:（()）\s]{1,20}?)(?:\s*[:：]\s*(?=\S)|(?=负责))")


_DUTY_BY_YAO = re.compile(r"^\s*([^，,。；;：:（()）\s]{2,20}?)(?=要(?!求|点|素|害|件)[^。]*?[，,]负责)")


def duty_opening(text: str, loose: bool = False) -> tuple[str, str] | None:
    """(holder, duties) of a line that is one unit's duties with no number: the unit's name (or a list of them)
    before a colon or as the subject of 负责, each a body that can hold duties (see duty_holder); loose, any
    name of a unit's kind (武警西安支队), for a line beside such a line."""
    folded = fold(text)
    m = _DUTY_OPENING.match(folded)
    if not m and loose:
        # "区委农办要结合…,负责指导…": beside lines of duties, a unit as the subject of 要 whose line goes on to what
        # it is 负责 for
        m = _DUTY_BY_YAO.match(folded)
    if not m or len(folded) != len(text) or is_clause_line(text):
        return None  # 牵头责任部门:城市管理科 is a clause's label, no holder
    names = _names(m.group(1))
    if names and len(names) > 2 and names[-1] in ("部门", "单位") and re.search(r"等(?:部门|单位)$", m.group(1)):
        names = names[:-1]  # 工会、共青团、妇联和计生协会等单位: the bare word after 等 closes the list of holders
    if not _all_hold(names, _loose_holder if loose else _holder):
        return None
    return text[m.start(1):m.end(1)], text[m.end():].strip()


def holder_names(piece: str) -> list[str] | None:
    """The names of a piece that is one or more units able to hold duties, and nothing else (县交通局、公路局;
    乡直其他站所), or None."""
    names = _names(fold(piece))
    return names if _all_hold(names, _loose_holder) and len(fold(piece)) == len(piece) else None


def duty_subject(text: str) -> str | None:
    """The body opening a line of a duty list as the subject of what it does, with no role word after it (各镇在本级
    党委统一部署下,入户宣传…; 县民政局结合殡葬改革宣传一并开展…): one office named with its level or one group of the
    places under the plan's own (_opening_subject), as written; None for any other line."""
    folded = fold(text)
    if len(folded) != len(text) or is_clause_line(text):
        return None
    names = _opening_subject(re.split(r"[。；;!！?？\n,，]", folded.strip())[0])
    if not names or len(names) != 1:
        return None
    start = len(text) - len(text.lstrip())
    return text[start:start + len(names[0])]


# the forms of government bodies' names the portal's table knows (发改委, 发展和改革委员会, 人社局…), a level's
# department named bare
_BODY_FORMS = frozenset(form for group in FORMS for form in group)


# the end of a body's name: its organ (局, 委, 办, 政府, 村委会…), not a work (防汛, 建设)
_ORGAN_END = re.compile(r"(?:局|委|办|厅|政府|办事处|中心|站|所|队|会|部|室|院|组|处|科|股|司|社区|村|镇|乡|街道|单位|部门|公司|集团)$")


def duty_holder(title: str, text: str) -> dict[str, list[str]]:
    """An item that is one unit's duties: its title is that unit's name alone, the duties after a colon or
    a full stop ("2.市发展改革委:负责…", "(一)市民防办。负责…", a 成员单位职责 / 部门职责分工 list). The unit
    leads; the bodies it works with (会同…) support. Nothing when the title is not a body of government."""
    if title.rstrip().endswith(("…", "...")):
        return {}  # a title shortened from a long sentence (各有关部门、…、市直各网站要…): no name standing alone
    cell = re.match(r"(\S+)\s+\S", title.strip())  # "市公安局 负责…": a row's unit cell before its duty cell
    name = cell.group(1) if cell else title.strip()
    if not cell and title.strip() == text.strip():
        return {}  # an item that is all title: no duties after a name
    full = text if text.startswith(name) else f"{name}。{text}"
    folded = fold(full)
    out = Found()
    if re.match(r"。", full[len(name):]) and not _ORGAN_END.search(fold(name)) \
            and re.fullmatch(r"[\u4e00-\u9fff]{4,12}", fold(name).strip()):
        opening = re.split(r"[。；;]", fold(full[len(name) + 1:]).lstrip(), maxsplit=1)[0]
        named = [n for ns in doers(opening).values() for n in ns]
        if named and opening.startswith(fold(named[0])):
            return {}  # "(三)各村过路桥坝防汛。各行政村要对…检查": the work and its object, its doers the next sentence's subject
    if not re.match(r"[\s:：。]", full[len(name):]):
        if duty_subject(full) != name:
            return {}  # the title opens a sentence ("督促各级民政部门严格…"): no name standing alone
        # "各镇在本级党委统一部署下,入户宣传…": a line of the list whose holder is its sentence's subject with no role word
        names = [fold(name)]
        out.add("units", names)
    else:
        said = {n for ns in doers(name).values() for n in ns} if re.search(r"[和及与或的]$", name) else set()
        if said and fold(name) not in {fold(n) for n in said}:
            # "1、各行政村应做好群众居住聚集区的生活垃圾收集和" / "处理,…": a title that is a sentence's opening, its subject
            # before 应/要 and its line broken by the layout; no name standing alone (the subject is read as the doer)
            return {}
        names = _names(fold(name))
        if names and len(names) >= 2 and re.match(r"各(?:乡|镇|街道)", names[0]) \
                and not any(n.startswith("各") or _holder(n) for n in names[1:]):
            # "(一)各乡(镇)、居民事务中心:要…": the townships named with 各 before the other grassroots bodies that hold
            # the duties with them, the 各 shared (各居民事务中心), as 各镇、街道 reads 各镇, 各街道
            names = [names[0]] + ["各" + n for n in names[1:]]
        # any unit's name before the verb of a lead's or a helper's duty (负责…, 乡畜牧兽医站。组织实施…)
        # (…or of the enforcement a body does by law in its duty item: 市纠风办和查禁公路“三乱”督察队依法开展执法督导工作)
        verb = re.match(r"负责|组织实施|牵头|配合|协助|依法(?:开展|查处|实施)", full[len(name):].lstrip("。:： "))
        # "工会、共青团、妇联和计生协会等单位:发动…": a list closed by 等单位 / 等部门 names bodies by its shape, the
        # bare word after 等 one of them as written
        closed = bool(names) and len(names) > 2 and names[-1] in ("部门", "单位") \
            and re.search(r"等(?:部门|单位)$", fold(name)) is not None
        # "十、发改委" / "认真贯彻落实…": a department named bare, with no level, the item's whole title on a line of
        # its own over its duties, in a list of the departments' duties (the plan's own level's departments)
        bare = not cell and len(names or []) == 1 and names[0] in _BODY_FORMS and "\n" not in title
        if not _all_hold(names[:-1] if closed else names, _loose_holder if verb or closed or bare else _holder):
            return {}
        out.add("lead", names)
    _partners(folded, out)
    for m in _DUTY_PARTNER.finditer(folded):
        if m.group("convened") and is_person(m.group("convened")):
            continue  # 召集各成员单位负责人召开会议: the persons it convenes
        out.add("support", [n for n in _partner_names(next(g for g in m.groups() if g)) if n not in names])
    _roles_after_holder(folded[len(fold(name)):], names, out)
    # another body the line names as a sentence's subject (…。县委平安办负责对各镇…督导检查; …。各派出所将…进行宣传):
    # a doer of the line beside its holder, in the role its own words give (on the holder's own line: a paragraph
    # below the list's last item, "各部门要结合自己的实际…", speaks to the whole list)
    # (the villages under a township holder, "乡镇政府:…。各行政村要建立…联组", are the charge its duties reach down
    # to, no doer beside it)
    township = all(_GRASSROOTS_ORGAN.match(n) or kind_of(n) == "town" for n in names)
    for role, more in doers(full.split("\n")[0]).items():
        more = [n for n in more if not (township and _EVERY_VILLAGE.match(fold(n)))]
        named = {n for ns in out.roles.values() for n in ns}
        out.add(role, [fold(n) for n in more if fold(n) not in named])
    return {role: [written(full, folded, n) for n in names] for role, names in out.roles.items()}


# the bodies named right after a holder's 负责, each group before its own role word and a comma: "区城管局负责,工商局、
# 区商务局配合,区爱卫办指导,取缔…"
_AFTER_HOLDER = re.compile(r"([^，,。;；:：]{2,40}?)(配合|协助|参与|指导|督导|监督)[，,]")


def _roles_after_holder(rest: str, holders: list[str], out: Found) -> None:
    """The groups a holder's 负责 is followed by, each naming its bodies before a role word of its own (工商局、区商务局
    配合 → support; 区爱卫办指导 → supervise), one after the other up to the first that names no bodies."""
    m = re.match(r"[\s。:：]*负责[，,]", rest)
    at = m.end() if m else None
    while at is not None:
        g = _AFTER_HOLDER.match(rest, at)
        names = _names(g.group(1)) if g else None
        if not g or not names or not all(looks_like_unit(n) for n in names):
            return
        out.add(ROLE_OF_VERB.get(g.group(2), "support"), [n for n in names if n not in holders])
        at = g.end()
