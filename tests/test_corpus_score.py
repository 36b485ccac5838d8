"""The importer on the development corpus (tests/corpus/: real published texts annotated by hand).

Floors, not targets: a change that lowers an overall figure below its floor fails. Raise a floor
when the importer gets better; `python benchmarks/import_score.py` prints every figure, per
document and per shape.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import import_score  # noqa: E402

FLOORS = {
    # 0.98 (was 0.97): a 序号 with a footnote's mark (9*) opens its row (meishan-2017, the fifteenth held-out
    # set's round); the 190 texts score 0.988
    # 0.97 (was 0.98): the thirty-sixth held-out set (2026-12-02, rectification and problem lists) adds a 创文 督查
    # list whose numbered sites were missed under their problems (1)(2)… (jingzhou), a 销号 公示 whose 整改任务 label
    # stands alone on its line (chengan-2026) and a 乡's problem under a 方面 heading (sheqian-2018); the 329 texts
    # score 0.976
    # 0.98 again: the set's round reads those three (a four-character qualifier before a label's role words, a
    # table's title no column label, a 方面 heading over ① items with clauses of their own); the 329 texts score 0.984 (after the rebase onto main, with the
    # thirty-fourth set, the 345 texts score 0.990)
    "task_recall": 0.98,
    # 0.94 (was 0.95): the seventh held-out set (2026-12-01, eight texts) adds items of a scope or a guarantee
    # part taken for tasks (eshan-2011, hebei-2004, a county's 森林防火 opinion); the 126 texts score 0.949
    # 0.88 (was 0.94): the eighth held-out set (2026-12-01, eight texts) adds a 政务公开标准目录 flattened one cell
    # per line (shawan-2020) whose 28 catalogue rows are taken for tasks, and the principles before a 街道 plan's task
    # part (xuege-2022); the 134 texts score 0.880
    # 0.88 kept: unheaded items before a part named as the task part (四、工作任务) are no longer tasks (eshan-2011,
    # xuege-2022); the 134 texts score 0.890, the catalogue rows (shawan-2020) still taken for tasks
    # 0.89 (was 0.88): the fourteenth held-out set's rules (a 一是/二是 body, 组织机构, a campaign's scope, a review of
    # where things stand) and the set itself; the 174 texts score 0.904
    # 0.89 kept: the thirteenth held-out set's records (a problem's completed steps and measures stay in it,
    # tiedong-2019, xihu-guanliqu) add no extra task; the 182 texts score 0.904
    # 0.90 (was 0.88): the fifteenth held-out set's round (2026-12-02: printed and PDF layouts) keeps a notice's own
    # points out of the tasks, a cut copy's last part heading, meishan-2017's footnoted rows; the 190 texts score 0.914
    # 0.95 (was 0.90): a header with a column of legal grounds (公开依据) heads a catalogue, whose rows are no
    # tasks, under a second header row too (shawan-2020: 27 of its 28 rows were taken for tasks); the 197 texts
    # score 0.964
    # 0.96 (was 0.95): the nineteenth held-out set's round (2026-12-02, an unthemed sample) reads the items of a
    # sharing site's page chunks glued to the title and to the item before (no longer the chunks 1、 2、 3、) and a
    # numbered table's last unit cell cut by the copy (no row of its own); the 204 texts score 0.965
    # 0.93 (was 0.96): the eighteenth held-out set (2026-12-02, texts of central bodies and departments) adds a
    # department's task list copied one cell per line whose rows carry an unlabelled number column the header lacks
    # (chizhou-xinfangju: each cell taken for a task) and an opinion's operating rules before its 部门职责分工
    # (unknown-city-yingji-binan-changsuo-bumen-zhize-fengong); with the nineteenth and twenty-first sets the 220 texts score 0.936
    # 0.96 (was 0.93): the eighteenth set's department lists read with their unnamed 序号 column and their role-clause
    # unit cells (chizhou-xinfangju, jiangmen-tudi-chubei, weifang-2017), main's round of 2026-12-02; the 236 texts
    # score 0.961
    # 0.95 (was 0.96): the twenty-second held-out set (2026-12-02, an unthemed sample) adds a one-cell-per-line
    # 分解表 whose 牵头单位 cell a page wrapped into three fragments (changsha-2012: 市政 / 府办 / 公厅, its row read
    # twice); with its two rules the 244 texts score 0.9599
    # 0.96 (was 0.95): the twenty-fourth held-out set's round (a duty list's holders of any kind, unnumbered duty lines,
    # a part of legal grounds, 相关依据:, holding no tasks); with main's table rule for changsha-2012 and the
    # twenty-third set the 267 texts score 0.964
    # 0.95 (was 0.96): the thirty-first held-out set (2026-12-02, departments' task and progress tables) adds
    # progress cells of numbered paragraphs each taken for a row (zhangdian-2021: 1. 2. 3. 4. under one row, a header
    # label with its period, 第二季度工作落实情况, read as no column) and a wrapped note cell (xuancheng-2022:
    # 完成率 / (  100 %)); with it the 297 texts score 0.957
    # 0.96 (was 0.95): the thirty-first set's round (a progress label opening with its period, a progress cell's
    # numbered paragraphs, a bracketed figure wrapped from a row's last cell); the 297 texts score 0.964
    # 0.92 (was 0.96): the thirty-sixth held-out set (2026-12-02, rectification and problem lists) adds a 创文 督查
    # list whose sites' problems (1)(2)… were each taken for a task under a "问题整改责任单位:X 整改时限:3天" line no rule
    # read (jingzhou), a 销号 公示 copied one label a line with its value below (chengan-2026: each paragraph taken for a
    # task) and a 巡察 rectification report's numbered steps (huiji-2024); with it the 329 texts score 0.925
    # 0.96 again: the set's round (those shapes read, and a report's 总体情况 part no task part); the 329 texts score
    # 0.960 (huiji-2024's four steps still taken for tasks); the 345 texts after the rebase onto main score 0.962
    # 0.95 (was 0.96): the forty-third held-out set (2026-12-02, county and city 巡察 / 审计 / 督查 lists) adds shapes
    # no rule reads yet, no document getting worse: a 验收销号 record whose fields are numbered 一、…四、 (wenxi-2020:
    # three fields taken for tasks, read in the set's round), a 督查通报's and a 巡察 report's numbered shortcomings or steps that hand nothing to
    # anyone (chenxi-2018, jiaowei-2025), a report's overview and next-step parts (unknown-town-2020-daqi); the 407
    # texts score 0.955, 0.958 with the set's round (wenxi-2020's fields and a 督查通报's 督查情况 read)
    # 0.97 (was 0.95): the eighth rules pass (2026-12-02) reads a report's shortcomings, outlook and how it ran its
    # rectification, an untitled notice's own points, a frame heading joined by a comma and a list of definitions as
    # no tasks (chenxi-2018, unknown-town-2020-daqi, huiji-2024, heze-2023, qiaocheng-2020, shishi-2025,
    # yueyang-2017, xichuan-2014); the 503 texts score 0.970 -> 0.985, the 519 after the rebase onto main 0.986
    # 0.96 (was 0.97): the eighty-fourth held-out set (2026-12-02, agriculture and land) adds a 全程质量控制 任务分解表
    # copied one cell per line that no rule reads yet (hanyin-2022-nongchanpin…: header labels wrapped after their year,
    # 2021年 / 目标, and a note line (第一为牵头单位) under 责任单位; the category cell one character a line, 园/区/化/推/进; a
    # target cell wrapped inside its words, 完成启 / 动准备; yearly figures 2, 5, 3 that count on like the next 序号: 26
    # cells taken for rows) and a pipe table of seven labels whose rows write five cells under merged category cells
    # (taizhou-2021-chuangjian…: five); the 726 texts score 0.962, 0.976 without hanyin-2022-nongchanpin…
    # 0.97 again (2026-12-03, sixth session): hanyin-2022-nongchanpin…'s 分解表 read whole (its year-wrapped labels,
    # upright category, wrapped target cell, figures counting like 序号, header note and second page's header: task
    # precision 0.24 -> 1.00); the 766 texts score 0.971 -> 0.982
    "task_precision": 0.97,
    # unit F1 0.89, role F1 0.88 (were 0.90 / 0.90): the sixth held-out set (2026-12-01, eight texts) brings
    # shapes no rule reads yet: roles in an item's running sentences (junping-2025: 镇应急办牵头,组织各村(居)委会…,
    # 联合市场监管部门…), a copy put on one line whose items start mid-line (anhui-2005), a 参加单位 list inside a
    # bracketed note after a doubled 组织单位 label (wangjiang-2015); with it the 118 texts score 0.898 (role F1
    # 0.889), while the 110 earlier ones rose to 0.912 (0.902)
    # unit F1 0.88, role F1 0.87 (were 0.89 / 0.88): the seventh held-out set (2026-12-01, eight texts) names its
    # doers only in running sentences; two rules now read "县公安局要…" and "由公安、交通部门负责,有关部门配合"
    # (its unit F1 0 -> 0.57), but "…等沿海三区防汛抗旱指挥部负责", "有农业的区和各县要…", "各乡镇(街道)和职能部门要…"
    # and "县森林消防指挥部、县教育局要联合…" after a comma are still unread; the 126 texts score 0.888 (0.879)
    # unit F1 0.87 (was 0.88): the eighth held-out set's 分解表 runs its cells together with no separator
    # (zhonglou-2021: 教育局经开区高新园(邹区镇)各街道…), so none of its 16 units is read; the 134 texts score 0.8799
    # unit F1 0.90, role F1 0.89 (were 0.87 / 0.87): a second pass (2026-12-01) reads doers after a comma, with 和
    # inside the subject, and as the subject of 牵头/负责/配合 (eshan-2011, tianjin-2004, the county 森林防火 opinion,
    # unknown-place, yudu-2022, junping-2025), a shared suffix behind 等 (塘沽、大港、汉沽等沿海三区防汛抗旱指挥部),
    # a level written once for a list of companies or a station (qianxi-2010, zouping-2016) and a shared 各 before
    # places with organs (huaian-2022, qiaocheng-2025, zhoucun-2023); the 134 texts score 0.902 (0.893). Still
    # unread: glued table cells (zhonglou-2021), 引黄、引滦输水沿线各区县 as one name, a lone sector's 部门 after a
    # comma (水政执法部门要…), role words in a sentence beside a clause line (qianxi-2010: 县安监局…会同…)
    # role F1 0.90 (was 0.89): the eleventh held-out set (2026-12-01, eight work-safety texts) first lowered the
    # 142 texts to unit F1 0.897, role F1 0.888; with its rules (等区安委会有关成员单位, 各镇(街道) as a whole group, a
    # copy's lost line breaks, a sharing site's page chunks) they score 0.910 (0.901)
    # unit F1 0.89, role F1 0.88 (were 0.90 / 0.90): the ninth held-out set (2026-12-01, eight texts) adds a
    # 责任分工表 whose cells run together on a document-sharing site (chengdu-2020: 19 units, unread as zhonglou-2021's)
    # and a 会同 partner list of bare sectors (yunfu-2019: 编制、发展改革、…、妇联、残联等单位, 16 units); this round's
    # rules lift the set from 0.22 to 0.53 and the 142 earlier texts stay at 0.910 (0.901); the 150 score 0.895 (0.886)
    # unit F1 0.90, role F1 0.89 (were 0.89 / 0.88): sectors before 等单位 with units of their own among them
    # (yunfu-2019) and the tenth held-out set's rules; the 158 texts score 0.908 (0.900)
    # unit F1 0.92, role F1 0.91 (were 0.90 / 0.89): the fifteenth held-out set's round reads unit cells a PDF
    # wrapped inside a name, a single-spaced PDF row's empty merged cell, 党委和人民政府 as one name (meishan-2017,
    # pingdingshan-2018, guangdong-2023); the 190 texts score 0.934 (0.926)
    # unit F1 0.94, role F1 0.93 (were 0.92 / 0.91): the nineteenth held-out set's round reads a time label glued to
    # a clause's last name (…善后工作组整治时限:), drops a name the copy stops inside on its last line (省发展改, 市发)
    # and keeps a cut unit cell from borrowing the row above's units; the 204 texts score 0.944 (0.937)
    # unit F1 0.94, role F1 0.93 kept: the twenty-first held-out set's rules (2026-12-02) read a
    # reading rule naming the first place without 列/排 (首位单位为牵头单位), a part titled with its 责任主体 and the
    # kind of its duty (党委:主体责任), a plan title wrapped over a blank line below a signed notice (haiyan-2022,
    # lucheng-2016, quzhou-2021); the 205 texts score 0.944 (0.937)
    # unit F1 0.94, role F1 0.93 kept: the twentieth held-out set's round (2026-12-02: a standing rule for "此项及以下
    # 任务" after a bare unit, sanming-2025); the 220 texts score 0.946 (0.9396)
    # unit F1 0.92, role F1 0.91 (were 0.94 / 0.93): the eighteenth held-out set adds department task tables whose 科室 cells are read
    # off their rows (chizhou-xinfangju, a 江门 center's pipe rows, weifang-2017's 牵头落实 cells); its round reads
    # member-unit duty lists (2.市发展改革委:负责…); with the nineteenth and twenty-first sets the 220 texts score 0.923 (0.917)
    # unit F1 0.92 kept, role F1 0.92 (was 0.91): the seventeenth held-out set's round (2026-12-02: 营商环境, 数字政府,
    # 民营经济 分工 texts; an item number a mirror read one byte off, 第一责任单位为牵头单位, 时限要求:, 市直有关部门、单位, a place alone
    # above its title, 各…开发园区); the 236 texts score 0.927 (0.921)
    # unit F1 0.94, role F1 0.94 (were 0.92 / 0.92): the same round (a 序号 column the header leaves unnamed, unit
    # cells written as role clauses, a 分工方案's 重点任务 over its 具体措施, 等国务院相关部门); the 236 texts score
    # 0.947 (0.941)
    # role F1 0.93 (was 0.94), unit F1 0.94 kept: the twenty-third held-out set (2026-12-02, progress and task tables)
    # adds ningbo-2014, a newspaper's one-line copy of a progress table whose items (1. … 牵头领导:… 责任单位:…
    # 配合单位:…) no rule reads yet, and jingzhou-2022's row cut before its verb (市发展改革委牵头,市住建局等…);
    # its round reads its other tables; the 243 texts score 0.941 (0.934)
    # unit F1 0.93, role F1 0.92 (were 0.94 / 0.93): the thirty-sixth held-out set adds units no rule reads yet (a
    # 责任单位 label alone on its line, its value below; "问题整改责任单位:" lines; a ① item's clause read on the heading
    # above it); the 329 texts score 0.936 (0.928)
    # 0.94 / 0.93 again: the set's round reads them; the 329 texts score 0.946 (0.939), the 345 after the rebase onto
    # main 0.950 (0.943)
    # 0.93 (was 0.94): the forty-second held-out set (2026-12-02, county and township 乡村振兴 / 农业农村 texts) adds
    # a table whose lead is marked by a * after the name, a district plan copied on one line with a
    # watermark inside its clause label, sector doers with no role word and a 评分部门 column; the 375 texts score 0.935
    # 0.95 (was 0.93): the fifth pass over shapes the corpus held (2026-12-02, third session: a lead mark after the
    # name read by the header's note, a scoring column, run-together and one-line copies, sector doers); the 447
    # texts after the rebase onto main go from 0.937 to 0.966
    # 0.96 (was 0.95): the third session's rounds (2026-12-02: held-out sets 43-61 and the fifth to ninth passes);
    # the 551 texts score 0.975, about 0.015 above the floor, room for a new set's unread shapes
    "unit_f1": 0.96,
    # 0.92 (was 0.93): the forty-second held-out set (2026-12-02, county and township 乡村振兴 / 农业农村 texts) adds
    # the same texts (the * lead mark, the one-line plan, the 评分部门 column); the 375 texts score 0.924
    # 0.91 (was 0.92): beside the forty-first set (its lists of names each closed by a verb, 宣传处会办公室 for 会同)
    # after the rebase onto main the 391 texts score 0.920 (0.9198)
    # 0.92 again: the thirty-ninth set's round (bare unit brackets, 由<persons>负责,<units>落实, a level's 爱卫会 as a
    # doer); the 399 texts score 0.922
    # 0.94 (was 0.92): the fifth pass (2026-12-02, third session) reads the same shapes' roles (the * lead mark with
    # 其余为参与部门, 等牵头部门, 会 for 会同); the 447 texts after the rebase onto main go from 0.927 to 0.960
    # 0.96 (was 0.94): the third session's rounds (2026-12-02: held-out sets 43-61 and the fifth to ninth passes);
    # the 551 texts score 0.971, about 0.015 above the floor, room for a new set's unread shapes
    "role_f1": 0.96,
    # 0.96 (was 0.95): "每年1-2月份" is now one recurring phrase (importer/deadlines.py); the 134 texts score 0.967
    # 0.95 (was 0.96): the seventh held-out set adds "每年1-2月份", read as 每年 and 2月份; the 126 texts score 0.959
    # 0.96: the sixth held-out set's deadlines are all found (activity-time fields); the 118 texts score 0.966
    # 0.98 (was 0.96): the deadlines of items inside a sharing site's page chunks and of a copy that lost its line
    # breaks are now read on their items (jiaxing-2023, the eleventh held-out set); the 142 texts score 0.984
    # 0.96 (was 0.98): the fourteenth held-out set (2026-12-02, eight township and 街道 texts) adds a town's 工作计划
    # numbered by paragraph-initial 一是/二是 whose first item's projects (一)…(五) are taken for its tasks
    # (nanzhang-2023), so its three months (2023年5月竣工…) sit on lines no gold task has; the 166 texts score 0.968
    # 0.98 again: paragraphs opening with 一是, 二是… in turn are read as a body's items, a list inside one staying
    # in it (nanzhang-2023); the 166 texts score 0.987
    # 0.97 (was 0.98): the eighteenth held-out set's 时限要求 column sits on rows read one cell off
    # (chizhou-xinfangju); with the nineteenth and twenty-first sets the 220 texts score 0.977
    # 0.97 kept: the set first lowered the corpus to 0.962 (xiamen-2019's 时限要求:, shaoguan-2023's unread items);
    # the seventeenth held-out set's round (2026-12-02: 营商环境, 数字政府, 民营经济 分工 texts; an item number a mirror read
    # one byte off, 第一责任单位为牵头单位, 时限要求:, 市直有关部门、单位, a place alone above its title, 各…开发园区); the 236 texts score
    # 0.978
    # 0.98 (was 0.97): the eighteenth set's 时限要求 column read on its rows (chizhou-xinfangju); the 236 texts score
    # 0.989
    # 0.96 (was 0.98): the thirty-sixth held-out set adds 整改时限 values given as days (3天, 5天) and a table
    # cell's 每年; the 329 texts score 0.961
    # 0.97 (was 0.96): the set's round reads 整改时限:3天 (a time cell of the days a list allows); the 329 texts score
    # 0.978 (tongcheng-2022's 每年 inside a pipe row's measures cell still unread); the 345 texts after the rebase onto
    # main score 0.979
    # 0.97 kept: the thirty-seventh held-out set (township and 街道 plans) first lowered the 367 texts to 0.965 ("每月 25
    # 日前" with a PDF's spaces, dates that lost 年 and 月, items whose 1. a scan read as L); with its round's rules the
    # 367 texts score 0.973 (41日前 and 每月 25 日前 still unread)
    # 0.96 (was 0.97): beside the fortieth set after the rebase onto main, the 375 texts score 0.970 (0.9698): the
    # thirty-seventh set's 41日前 and 每月 25 日前 (a PDF's spaces) and the fortieth's unread phrases (a time limit
    # counted from an event, 一个月内 after 事故后) stay missed
    # 0.96 (was 0.97): the forty-second held-out set (2026-12-02, county and township 乡村振兴 / 农业农村 texts) adds
    # a period of years before 过渡期内 (5年过渡期内) and 年内 inside a table's 举措 cell; the 375 texts score 0.965
    "deadline_recall": 0.96,
    # 0.88 (was 0.87): the eighth held-out set first lowered it to 0.86 (0.868: a notice's title below a page stamp
    # of date and 点击 count, dingtao-2016, and a table's title glued behind a page marker, zhonglou-2021); with the
    # page stamp read as furniture the 134 texts score 0.882 (zhonglou-2021's title still unread)
    # 0.92 (was 0.88): titles in 《》, wrapped at the page's width or under a column label, and the title glued to a
    # sharing site's first page chunk (jiaxing-2023, zhonglou-2021, the eleventh held-out set); the 142 texts score
    # 0.932 (still unread: a notice whose title is its plan's, sanjia-2024; a plan title glued to its preamble
    # below a covering letter with no date line of its own, suqian-jingkaiqu-2020)
    # 0.93 (was 0.92): labels one a line over their values, a sharing site's file name over a glued title, a letter
    # flattened onto one line (the fourteenth held-out set); the 174 texts score 0.941
    # 0.95 (was 0.93): a headline over the document's own title block gives way to it, a notice title cut before
    # its 的通知, a column label before a title (2026-12-02), with five gold title lines put on the document's own
    # title block as the README says; the 197 texts score 0.962
    # 0.96 (was 0.95): a notice title set whole in 《》 over its 文号 and letter, and a site's heading with its column
    # label above a line of tags (范文资料:X over 实施方案 体检评估工作实施方案 …), the nineteenth held-out set's round;
    # the 204 texts score 0.964
    # 0.96 kept: the twenty-first held-out set first lowered it to 0.941; its rules (metadata rows of several
    # label:|value fields, a plan standing after the date in a notice run on to one line, a title wrapped over a
    # blank line, a list bullet before the title, an e-paper page's buttons) bring the 205 texts to 0.964
    # 0.96 kept: the twentieth held-out set's round (an empty last row of a pipe metadata table, 时效 |, takes no value
    # from the notice title below it: suqian-2025); the 220 texts score 0.966
    # 0.96 kept: the eighteenth held-out set adds a sharing site's title below its repeated file name
    # (weifang-2017) that no rule reads yet; with the nineteenth and twenty-first sets the 220 texts score 0.961
    # 0.95 (was 0.96): the twenty-sixth held-out set (2026-12-02, 生态环境 plans) adds a notice title glued to its 文号
    # on a wiki page (shuilibu-2022), a one-line sharing-site copy's title before its piece number (unknown-street-2020)
    # and a model-text site's title below its headline (unknown-town-2022) that no rule reads yet; the 244 texts score 0.957
    # 0.94 (was 0.95): the twenty-third held-out set (2026-12-02, task and progress tables) adds a 分解表's title after
    # a signature (jimei-2021) and a one-line newspaper copy with no title (ningbo-2014) no rule reads; beside the
    # twenty-second and twenty-sixth sets the 251 texts score 0.945
    # 0.93 (was 0.94): the twenty-ninth and thirty-first held-out sets (2026-12-02, social-sector plans and department
    # task tables) add titles no rule reads yet: a site's name or a site button (长辈版) on the first line above a
    # table with no title block (zhangdian-2021, xuancheng-2022), a `label: | value |` row with an empty value
    # (huzhou-2020-jiansheju), a table's own title line above its header (linan-2022); the 313 texts score 0.935
    # 0.92 (was 0.93): the thirty-sixth held-out set adds a model-text site's page title above a notice
    # (longchuan-2018), an annex's title above its pipe table under a 公示 with no title (tongcheng-2022) and a
    # letter's title set again after a reporter's lead (nanning-2022); the 329 texts score 0.927 (no rule of the
    # set's round reads them yet)
    # 0.93 again: after the rebase onto main (the thirty-fourth set's title rules) the 345 texts score 0.941
    # 0.92 (was 0.93): the forty-first and forty-second sets (政务公开 and 乡村振兴 task lists) add titles no rule reads
    # yet: a one-cell title row (…台账 |), a title wrapped after a notice with no title of its own, a letter-spaced
    # body title (分 工 方 案), a one-line copy with a watermark; the 391 texts score 0.928
    # 0.91 (was 0.92): the forty-fourth held-out set (work plans of 内蒙古/新疆/海南/云南/贵州 bodies) adds titles no rule
    # reads yet, no document getting worse: a policy list page's entry that runs a notice and its plan's title together
    # on one line below its cut summary (eerduosi-2025), a plan's title whose year in brackets the copy put on a line of
    # its own without its opening bracket (gaochang-2023); the 407 texts score 0.9198
    # 0.93 (was 0.91): the seventh pass (2026-12-02, third session) reads titles a page stamp breaks, a 《》 left open
    # over a blank line, a law database's record and a plan glued to its letter's date; the 503 texts after the
    # rebase onto main go from 0.948 to 0.960
    # 0.94 (was 0.93): the third session's rounds (2026-12-02: held-out sets 43-61 and the fifth to ninth passes);
    # the 551 texts score 0.961, about 0.015 above the floor, room for a new set's unread shapes
    "plans": 0.94,
    # 0.70: the place the importer gives the first plan, read from the official division names
    # (importer/places.py), is the gold place in 93 of the 131 texts that have one: 81 of the 110 it was
    # written beside (65 with the guesser before), 2 of the sixth held-out set's 8, 3 of the seventh's 5
    # (eshan-2011 through the county of the townships it names), 4 of the eighth's 8 before and 5 after
    # (zhongshan-2024: a district government's 街道办事处), and among the earlier texts guichi-2020 (a sender
    # that is only the page's publisher) and guandu-2016 (a sentence taken for the title); most of the
    # others are excerpts that never name their place, or name it once (the gold's is from the page)
    # The ninth held-out set: 5 of its 7 with a place (guangzhou-2023 and chengdu-2020 name theirs once, or only in
    # the page address); the 150 texts score 0.727
    # 0.75 (was 0.70): the tenth to twelfth held-out sets' rules (a zone's committee is no evidence, a province's or
    # city's stem written twice: hubei-2018 (both texts), qingdao-2023) and the twelfth set's texts that name their
    # place; the 166 texts score 0.818
    # 0.78 (was 0.75): a township's own bodies named by level (我乡, 镇应急办), a purpose clause taken for the title
    # naming no place of the plan (junping-2025), with the rules above; the 174 texts score 0.831
    # 0.78 kept: a 管理区 as a place (taohuayuan-2019, xihu-guanliqu, the thirteenth held-out set); the 182 texts
    # score 0.833
    # 0.82 (was 0.78): a province's or city's stem written twice in a text naming no place (hubei-2018,
    # qingdao-2023) and the place rules of the twelfth to sixteenth held-out sets; the 197 texts score 0.846
    # 0.83 (was 0.82): the seventeenth held-out set's round (2026-12-02: 营商环境, 数字政府, 民营经济 分工 texts; an item
    # number a mirror read one byte off, 第一责任单位为牵头单位, 时限要求:, 市直有关部门、单位, a place alone above its title, 各…开发园区);
    # the 236 texts score 0.835 (two of the set never name their place in the copy: fangxian-2023, taizhou-2019)
    # 0.81 (was 0.83): the twenty-third held-out set adds five texts whose copy never names their place as a place
    # (keqiao-2023, luozhuang-2021: only in the page address; ningbo-2014: no plan; jingzhou-2022: a mirror put spam
    # where 荆州市 stood; jimei-2021 read as 厦门市 from 厦门市集美区人民政府办公室); the 243 texts score 0.818
    # 0.81 kept: the twenty-fourth held-out set (2026-12-02, later pages of emergency plans' duty lists) adds a city
    # named only in a company's name (广东移动通信有限公司广州分公司, read as 会同市 from 会同市国土房管局) and one named
    # only in its page address (shijiazhuang-2024); the 267 texts score 0.817
    # 0.82 (was 0.81): the twenty-fifth held-out set's round reads a development zone named with its city's or
    # county's stem as a place (兴国经开区, 南宁经济技术开发区, 合肥新站高新区); the 275 texts score 0.822
    # 0.81 (was 0.82): the thirty-second held-out set (2026-12-02, district and county 政府工作报告 分工 notices) adds a
    # district named only in its 文号 (鼓政, 蔡政办: gulou-2025 on a mirror that masked its name, caidian-2026) and a
    # county read from its addressees' 街道 (jingbian-2025); the 297 texts score 0.820
    # 0.83 (was 0.81): this session's rounds read a headline's sender as a city's stem (泰州关于…), the place a preamble
    # fits the plan to (结合成都实际), a letter below addressees that write 街 for 街道, an autonomous region's lead;
    # the 399 texts score 0.841
    # 0.86 (was 0.83): the ninth pass (2026-12-02, third session) reads a metadata table's 名称 row, a township
    # written with its former level after its county, a signature sharing its line with its date, a city's stem
    # written twice inside the one province a text names, and a branch or a body named by its place's stem; the
    # 527 texts go from 0.875 to 0.897
    # 0.88 (was 0.86): the third session's rounds (2026-12-02: held-out sets 43-61 and the fifth to ninth passes);
    # the 551 texts score 0.900, about 0.015 above the floor, room for a new set's unread shapes
    "place": 0.88,
    # plan_precision (2026-12-02, third session): imported plans with a title that are gold plans. A copy that opens
    # with its preamble had its first sentence for a title (为深入贯彻…, 2023年是…), which no other figure counted:
    # 0.842 on the 447 texts; read as untitled (a person names it), 0.915; a date or a short label no title word
    # ends (全文, 一级目录, 2018年12月28日) untitled too, 0.929
    # 0.93 (was 0.91): the seventh pass (2026-12-02, third session) keeps model-text collections' headlines, metadata
    # rows without colons, a 文号:title headline and news headlines from being titles; the 503 texts after the rebase
    # onto main go from 0.938 to 0.958
    # 0.94 (was 0.93): the third session's rounds (2026-12-02: held-out sets 43-61 and the fifth to ninth passes);
    # the 551 texts score 0.961, about 0.015 above the floor, room for a new set's unread shapes
    "plan_precision": 0.94,
}


@pytest.fixture(scope="module")
def result():
    return import_score.score()


def test_the_corpus_holds_real_texts_with_their_annotations():
    corpus = import_score.load_corpus()
    assert len(corpus) >= 30
    for name, text, gold in corpus:
        assert gold["source"]["url"].startswith("http"), name
        assert gold["tasks"] is not None and text.strip(), name
    assert sum(1 for _, _, g in corpus if str(g.get("script", "")).startswith("traditional")) >= 3


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_overall_figures_stay_above_their_floors(result, figure):
    value = result["overall"][figure]
    assert value >= FLOORS[figure], f"{figure} fell to {value:.3f} (floor {FLOORS[figure]})"


def test_no_text_gives_two_plans_of_one_title(result):
    # a page that sets a notice's title again (a mirror's headline, a 标题 metadata field) must not give a second
    # plan page of that title
    repeated = {name: doc["diff"]["repeated_plans"] for name, doc in result["documents"].items() if doc["diff"]["repeated_plans"]}
    assert repeated == {}
