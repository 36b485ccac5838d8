"""Shapes of activity plans (安全生产月, 专项行动): sections that only state the period or the theme,
items whose numbered lines are the item's fields, roles written in an item's running sentences.
Small composed texts; each test names the shape it pins."""

from __future__ import annotations

from planportal.importer import import_texts


def tasks_of(text: str) -> list[dict]:
    return [t for p in import_texts([("a.txt", text)]).plans for t in p["tasks"]]


def names(task: dict, role: str) -> list[str]:
    return [r["written"] for r in task.get(role) or []]


def test_a_section_that_states_only_the_period_or_the_theme_is_no_task_part():
    text = (
        "某县2016年安全生产月活动方案\n"
        "一、活动主题和时间\n"
        "活动主题:强化安全发展观念。活动时间:6月1日至30日。\n"
        "二、活动安排\n"
        "(一)开展宣传咨询日活动。在县城广场设点咨询。(责任单位:县应急局)\n"
        "(二)开展应急演练活动。组织企业开展演练。(责任单位:县消防大队)\n"
    )
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["(一)", "(二)"]
    assert names(tasks[0], "units") == ["县应急局"]


def test_numbered_lines_that_are_an_items_fields_stay_in_the_item():
    text = (
        "某县安全生产月活动方案\n"
        "一、活动安排\n"
        "(一)开展警示教育周活动\n"
        "1.活动时间:6月1日至6月7日。\n"
        "2.活动内容:组织企业观看警示教育片。\n"
        "3.责任单位:县应急局。\n"
        "(二)开展应急演练周活动\n"
        "1.活动时间:6月17日至6月23日。\n"
        "2.\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(3, "(一)"), (7, "(二)")]
    assert [d["text"] for d in tasks[0]["deadlines"]] == ["6月1日至6月7日"]
    assert names(tasks[0], "units") == ["县应急局"]
    assert [d["text"] for d in tasks[1]["deadlines"]] == ["6月17日至6月23日"]


def test_a_meetings_spaced_fields_and_its_unlabelled_arrangements_stay_in_the_item():
    text = (
        "某乡全国科普日活动实施方案\n"
        "一、重点活动安排\n"
        "(一)召开某乡科技科普工作座谈会\n"
        "1.时 间:9月16日9:30—10:30\n"
        "2.主 持 人:乡党委书记\n"
        "3.参会人员:县科协、县科委等单位负责人。\n"
        "4.会议议程:汇报该乡科普工作开展情况。\n"
        "5.座谈会筹备工作由乡政府办公室负责。\n"
        "(二)全国科普日宣传活动\n"
        "1.某乡综合科普宣传活动。\n"
        "(1)主办、承办、协办单位:\n"
        "①主办单位:县科协\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(3, "(一)"), (10, "1.")]
    assert [d["text"] for d in tasks[0]["deadlines"]] == ["9月16日"]


def test_numbered_measures_with_a_colon_are_still_tasks():
    text = (
        "某县安全生产工作要点\n"
        "一、重点任务\n"
        "(一)强化隐患排查\n"
        "1.开展燃气排查:全面排查餐饮场所。(责任单位:县住建局)\n"
        "2.开展消防检查:检查人员密集场所。(责任单位:县消防大队)\n"
    )
    assert [t["line"] for t in tasks_of(text)] == [4, 5]


def test_an_organizer_label_names_the_lead():
    text = (
        "某县安全生产月活动方案\n"
        "一、活动安排\n"
        "(一)开展安全文化周活动\n"
        "1.活动时间:6月8日至6月14日。\n"
        "2.组织单位:各乡镇人民政府、县总工会。\n"
    )
    (task,) = tasks_of(text)
    assert names(task, "lead") == ["各乡镇人民政府", "县总工会"]


def test_a_bare_unit_after_departments_shares_their_qualifier():
    from planportal.importer.names import split_units

    assert split_units("各乡镇人民政府,县直有关部门和单位") == ["各乡镇人民政府", "县直有关部门", "县直有关单位"]
    assert split_units("各有关部门和单位") == ["各有关部门", "各有关单位"]
    assert split_units("县应急局和县住建局") == ["县应急局", "县住建局"]


def test_government_bodies_named_as_the_subject_of_yao_are_the_units_of_a_task_with_no_clause():
    text = (
        "某市关于加强安全生产工作的通知\n"
        "一、加强领导\n"
        "各区县政府、各开发区管委会及市级各有关部门要于4月20日前报送情况。\n"
        "二、压实责任\n"
        "各村(居)委会、各单位要充分认识安全生产工作的重要意义。\n"
        "三、严格监管\n"
        "建设单位、矿山企业要落实主体责任。各单位要加强值守。\n"
        "四、强化执法\n"
        "各乡镇要开展检查。(责任单位:市应急局)\n"
    )
    first, second, third, fourth = tasks_of(text)
    assert names(first, "units") == ["各区县政府", "各开发区管委会", "市级各有关部门"]
    assert names(second, "units") == ["各村(居)委会", "各单位"]
    assert names(third, "units") == []  # regulated parties, and 各单位 alone (a sector's own staff), are no doers
    assert names(fourth, "units") == ["市应急局"]  # a clause names the task's units: the subject is left to it


def test_doers_after_a_comma_or_joined_by_he_or_with_a_role_verb_in_a_task_with_no_clause():
    text = (
        "某县森林防火工作意见\n"
        "一、主要任务\n"
        "(一)加大宣传力度。每年要开展宣传活动,县森林消防指挥部、县教育局要联合致全县中小学生一封公开信。\n"
        "(二)开展专项行动。各乡镇(街道)和职能部门要按照工作要求,组织开展夜查行动。\n"
        "(三)加强防潮工作。塘沽、大港、汉沽等沿海三区防汛抗旱指挥部负责辖区内的防潮工作,要修订预案。\n"
        "(四)开展敲门行动。镇应急办牵头,组织网格员逐户排查。县安监局配合在路口设置宣传牌。\n"
        "(五)做好农村抗旱。有农业的区和各县要完成饮水解困任务。\n"
        "(六)落实责任。各乡镇人民政府(管理区)对本辖区森林防火工作全面负责,主要负责同志为第一责任人。要层层落实。\n"
        "(七)专项监管。铁路、水利、教育等部门,要各负其责,切实履行监管职能。\n"
    )
    first, second, third, fourth, fifth, sixth, seventh = tasks_of(text)
    assert names(first, "units") == ["县森林消防指挥部", "县教育局"]  # after a comma
    assert names(second, "units") == ["各乡镇(街道)", "职能部门"]  # 和 inside the subject
    assert names(third, "lead") == ["塘沽防汛抗旱指挥部", "大港防汛抗旱指挥部", "汉沽防汛抗旱指挥部"]
    assert (names(fourth, "lead"), names(fourth, "support")) == (["镇应急办"], ["县安监局"])
    assert names(fifth, "units") == ["有农业的区", "各县"]
    assert not any(sixth.get(r) for r in ("lead", "units"))  # "…政府对本辖区工作全面负责" names no doer of the task
    assert names(seventh, "units") == ["铁路部门", "水利部门", "教育部门"]


def test_a_group_of_departments_with_the_other_kind_it_takes_in_bracketed_is_a_doer():
    # "各乡镇(街道)、相关部门(单位)要…": the bracket names the units the group also takes in (lezhi-2022 of set 40)
    text = ("某县林长制工作要点\n"
            "一、完善组织责任体系。各乡镇(街道)、相关部门(单位)要严格落实党政同责,进一步建立完善林长制组织体系。\n"
            "二、推动履职尽责。认真执行林长制五项制度。\n")
    first, second = tasks_of(text)
    assert names(first, "units") == ["各乡镇(街道)", "相关部门(单位)"]
    assert names(second, "units") == []


def test_bodies_a_doer_works_with_in_a_clause_with_no_subject_of_its_own_support_it():
    # "联合Y…" after the doer's sentence, and "组织Y…开展" right after "X牵头,": Y supports (网格员 are persons);
    # an office opening the item's first sentence with what it does (镇派出所强化…) leads when it has partners
    text = (
        "某镇安全隐患大排查大整治方案\n"
        "一、排查整治重点内容及责任分工\n"
        "(一)道路交通领域\n"
        "镇派出所强化执法力度,严厉查处超载等违法行为。联合交通部门检查制度执行情况,深挖违法运输根源。\n"
        "(二)消防安全领域\n"
        "镇应急办牵头,组织各村(居)委会及网格员开展“敲门行动”,逐户排查。针对电动自行车,联合市场监管部门检查销售店铺。\n"
        "(三)农业领域\n"
        "镇农业站加强农机安全检查,督促合作社落实责任。\n"
    )
    first, second, third = tasks_of(text)
    assert (names(first, "lead"), names(first, "support")) == (["镇派出所"], ["交通部门"])
    assert (names(second, "lead"), names(second, "support")) == (["镇应急办"], ["各村(居)委会", "市场监管部门"])
    assert not any(third.get(r) for r in ("lead", "support", "units"))  # no partner: the opening office is left alone


def test_a_newspaper_office_named_with_its_title_is_a_unit():
    text = (
        "某县安全生产月活动方案\n"
        "一、重点活动\n"
        "(一)开展主题宣讲活动。在县报发表署名文章。\n"
        "责任单位:县安委会办公室牵头,县应急局、《今日某县》编辑部等配合。\n"
    )
    (task,) = tasks_of(text)
    assert names(task, "lead") == ["县安委会办公室"]
    assert names(task, "support") == ["县应急局", "《今日某县》编辑部"]


def test_a_paragraph_with_its_own_clause_line_after_a_task_closed_by_one_is_a_task():
    text = (
        "某县安全生产月活动方案\n"
        "一、重点活动\n"
        "(一)开展主题宣讲活动。在县报发表署名文章。\n"
        "责任单位:县应急局。\n"
        "各镇街、县直有关部门要组织开展宣讲活动,做到全覆盖。\n"
        "责任单位:县安委会各成员单位。\n"
        "(二)开展应急演练。\n"
    )
    first, second, third = tasks_of(text)
    assert (first["line"], names(first, "units")) == (3, ["县应急局"])
    assert (second["line"], second["number"], names(second, "units")) == (5, None, ["县安委会各成员单位"])
    assert third["number"] == "(二)"


def test_an_office_named_with_its_level_as_the_subject_of_yao_is_a_units_doer():
    text = (
        "某县国庆安全生产大检查方案\n"
        "一、检查重点\n"
        "(一)民爆器材管理。县公安局要重点检查民爆器材的储存情况。\n"
        "(二)抗旱工作。市防办要认真总结城市抗旱的经验。\n"
        "(三)消防安全。消防部门要加强检查。\n"
    )
    first, second, third = tasks_of(text)
    assert names(first, "units") == ["县公安局"]
    assert names(second, "units") == ["市防办"]
    assert names(third, "units") == []  # a sector's bodies with no level name a plan's own staff, not a doer


def test_you_a_b_bumen_fuze_youguan_bumen_peihe_in_an_items_title_sentence():
    text = (
        "某省安全生产专项整治方案\n"
        "二、整治重点\n"
        "(一)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要加大违法行为的整治力度。\n"
        "(二)建筑领域安全专项整治,由建设部门负责,有关部门配合。以预防建筑事故为重点。\n"
    )
    first, second = tasks_of(text)
    assert names(first, "lead") == ["公安部门", "交通部门"]  # bare sectors share the 部门 of the last name
    assert names(first, "support") == ["有关部门"]  # the clause after 负责 names who supports
    assert names(second, "lead") == ["建设部门"] and names(second, "support") == ["有关部门"]


def test_unheaded_items_before_the_named_task_part_are_an_earlier_part():
    # a copy that starts inside a scope or principles part (its heading cut off) and later names the task part
    text = (
        "(三)人员密集场所。将其纳入专项行动范围。\n"
        "(四)其他区域和行业。着力消除公共消防安全问题。\n"
        "三、工作机构\n"
        "县政府成立指挥部,统一指挥调度。\n"
        "四、工作任务\n"
        "(一)开展宣传教育。各乡镇要组织宣传。\n"
        "(二)开展夜查行动。各乡镇要每周夜查一次。\n"
    )
    assert [t["number"] for t in tasks_of(text)] == ["(一)", "(二)"]
    # a task part named for one theme leaves the items before it to another theme's part
    themed = (
        "(三)加强防御海潮工作。区防汛指挥部要修订防潮预案。\n"
        "三、抗旱工作的主要任务和措施\n"
        "(一)做好城市抗旱工作。市防办要做好城市抗旱预案。\n"
    )
    assert [t["line"] for t in tasks_of(themed)] == [1, 3]


def test_a_principles_heading_with_no_number_is_no_task_part():
    text = (
        "某街道安全生产工作方案\n"
        "原则要求\n"
        "(一)突出源头治理。转变安全管理理念。\n"
        "(二)突出系统治理。健全安全管理体系。\n"
        "危险化学品整治\n"
        "(一)开展企业排查。各社区要全面排查。\n"
    )
    assert [t["line"] for t in tasks_of(text)] == [6]


def test_a_task_part_heading_over_its_opening_paragraph_only_is_no_task():
    # the copy ends after 二、主要任务 and its opening paragraph, before any item: the heading names the
    # part, its paragraph leads into the items; neither is a task. A part heading whose paragraph names
    # its own units is still one
    text = (
        "某县创建文明县城实施方案\n"
        "一、指导思想\n"
        "以科学发展观为指导,全面推进创建工作。\n"
        "二、主要任务\n"
        "对照测评细则,以实施七大文明工程为载体,全力落实各项工作任务,确保124项测评内容全面规范\n"
    )
    assert tasks_of(text) == []
    clause = text.replace("全面规范\n", "全面规范。(责任单位:县文明办)\n")
    assert [t["line"] for t in tasks_of(clause)] == [4]


def test_a_task_part_heading_with_its_opening_paragraph_glued_behind_a_space_in_a_one_line_copy_is_no_task():
    # pingyang-2025: a copy on one line, its paragraphs parted by spaces, cut inside 二、主要举措's opening paragraph
    # ("二、主要举措 各地要将…纳入乡镇综合考核,…"): the part's name and its lead-in, no task; a point written so
    # ("二、加强宣传 各地要…") is still one
    text = ("平民〔 2025〕9号 为推进老年助餐工作,结合我县实际,特制定此方案。 一、总体要求 以习近平新时代中国特色社会主义思想为"
            "指导,聚焦老年人就餐实际困难。到2025年底,全县助餐服务网络基本形成。 二、主要举措 各地要将老年助餐服务作为公共服务"
            "重要事项纳入乡镇综合考核,把民生小事做优、做实。围绕五个一工作举措,有力推动老年助餐服务扩面增量、提质增\n")
    assert tasks_of(text) == []
    point = text.replace("二、主要举措 各地要将", "二、加强宣传 各地要将")
    assert [t["line"] for t in tasks_of(point)] == [1]


def test_a_part_of_measures_named_for_the_fields_work_over_its_opening_paragraph_only_is_no_task():
    # mengnong-zhongda… (a 乡's 重大疫病防控 方案 in a site's chunks): "五、防治措施 提高认识,加强领导,各村委会、各单位必须…"
    # cut in its opening paragraph: the part's name (防治措施, as 主要举措) and its lead-in, no task
    text = ("乡镇重大疫病防控工作方案 为保证我乡畜牧业的健康开展,结合我乡实际,特制定本方案。 一、指导思想 以预防为主,有效地"
            "防止重大疫病的发生。 二、组织领导 乡人民政府调整充实由乡长为组长的重大动物疫病防治工作领导小组。 三、防治措施 "
            "提高认识,加强领导,各村委会、各单位必须充分认清当前任务的艰巨性,进一步增强防治的紧迫感和责任感,把重大动物疫病防治\n")
    assert tasks_of(text) == []


def test_a_goals_sub_part_titled_as_its_indicators_is_no_task_part_whose_heading_was_lost():
    # xinzhou-2016: 二、工作目标 over (一)总体目标 (prose) and (二)任务指标 over "1.经常参加…" (cut): the indicators are
    # the goals' figures, not a part of tasks whose 三、主要任务 heading the copy lost; a sub-part named otherwise
    # after the goals' prose still is one
    text = ("某区全民健身实施计划\n一、指导思想\n以改革创新为主线,完善全民健身公共服务体系。\n二、工作目标\n(一)总体目标\n"
            "建立全民健身公共服务体系。\n(二)任务指标\n1.经常参加体育锻炼人数比例达到35%以上。\n"
            "2.人均体育场地面积达到1.8平方米。\n")
    assert tasks_of(text) == []
    lost = text.replace("(二)任务指标", "(二)完善健身设施")
    assert [t["line"] for t in tasks_of(lost)] == [8, 9]


def test_a_label_the_copy_doubled_is_read_once():
    text = (
        "某县安全生产月活动方案\n"
        "一、活动安排\n"
        "(一)开展宣传咨询日活动\n"
        "1.活动时间:6月16日。\n"
        "2.组织单位:组织单位:县安办、各乡镇人民政府。\n"
    )
    (task,) = tasks_of(text)
    assert names(task, "lead") == ["县安办", "各乡镇人民政府"]


def test_a_note_in_brackets_with_a_labelled_list_of_its_own():
    text = (
        "某县安全生产月活动方案\n"
        "一、活动安排\n"
        "(一)开展宣传咨询日活动\n"
        "1.活动时间:6月16日。\n"
        "2.组织单位:县安办。(咨询点设在回龙路。参加单位:县安监局、交通局。各乡镇自行设定宣传点。)\n"
    )
    (task,) = tasks_of(text)
    assert names(task, "lead") == ["县安办"]
    assert names(task, "support") == ["县安监局", "县交通局"]


def test_a_named_bodys_members_and_a_subject_after_a_lead_in_word_are_doers_of_a_street_plan():
    # "(一)街道安委会各成员单位要按照“一岗双责”…。特别是各社区工作站要…" (unknown-street-anquan-shengchan…): the
    # members of a named body of the place are doers, the item's title cut at 要 put back before its text, and a
    # subject after 特别是 is one too
    text = (
        "(一)街道安委会各成员单位要按照“一岗双责”的工作要求,加强安全监管工作。特别是各社区工作站要做好巡查工作。\n"
        "(二)做好人员密集场所的安全检查。\n"
    )
    first, second = tasks_of(text)
    assert names(first, "units") == ["街道安委会各成员单位", "各社区工作站"]
    assert names(second, "units") == []


def test_a_subject_of_yao_dui_is_a_doer_but_ying_dui_is_a_verb():
    # "2022325日前,各村委会要对排查出来的火险隐患进行整改销号" (wuhua-2022): 要对 opens the subject's doing;
    # "应对" (to cope with) stays a verb
    first, second = tasks_of(
        "(一)落实隐患整改。3月25日前,各村委会要对排查出来的火险隐患进行整改销号。\n"
        "(二)做好应急处置。各村委会应对突发情况及时上报。\n")
    assert names(first, "units") == ["各村委会"]
    assert names(second, "units") == []


def test_a_part_that_sets_up_a_body_by_its_fields_gives_no_tasks():
    """一、建立联席会议机制 over (一)牵头单位:… / (二)组成单位:… / (三)主要工作任务和目标 (shanwei-2022, held-out set 52):
    the plan's organisation, told by the body's fields, not a part of tasks; the part of work after it still gives its tasks."""
    text = (
        "某市推动城市停车设施发展工作方案\n"
        "为加快补齐停车供给短板,特制定如下工作方案。\n"
        "一、建立联席会议机制\n"
        "(一)牵头单位:市住建局、市发改局。\n"
        "(二)组成单位:各县(市、区)人民政府、市公安局、市财政局。\n"
        "(三)主要工作任务和目标。到2022年底,全市新增公共停车位2000个。\n"
        "二、加快停车设施建设\n"
        "(一)新建公共停车场。新建公共停车场10个。(责任单位:市住建局,完成时限:2022年12月底)\n"
        "(二)规范路内停车。(责任单位:市公安局)\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(8, "(一)"), (9, "(二)")]
    assert names(tasks[0], "units") == ["市住建局"]
    assert [d["text"] for d in tasks[0]["deadlines"]] == ["2022年12月底"]


def test_a_groups_labelled_lines_are_its_fields_and_its_unit_line_names_its_units():
    # jiaxing-jingkaiqu-2020: a notice setting up working groups, each a numbered heading over labelled lines;
    # 牵头领导 names persons, and the 主要职责 line after it is one more field, not a task of its own
    text = (
        "关于进一步健全某开发区疫情防控组织体系的通知\n各街道,各部门(单位):\n现就健全我区疫情防控组织体系通知如下:\n"
        "一、总指挥部\n牵头领导:陈利众、盛付祥\n协助领导:钟伟华\n主要职责:负责综合协调各工作组。\n"
        "责任单位:办公室、政法委、社会发展局\n"
        "二、宣传舆情组\n牵头领导:张志华\n主要职责:负责疫情防控工作的宣传报道。\n"
        "责任单位:组织部、宣传部、政法委社会发展局、公安局\n"
    )
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["一、", "二、"]
    assert names(tasks[0], "units") == ["办公室", "政法委", "社会发展局"] and not names(tasks[0], "lead")
    # two of the zone's departments glued where the page lost the 、 between them
    assert names(tasks[1], "units") == ["组织部", "宣传部", "政法委", "社会发展局", "公安局"]


def test_a_letters_requirements_part_after_its_points_on_one_line_gives_no_tasks():
    """A 督查 notice flattened onto one line after its title (fuyu): 一、重点督办事项 1.-2. with their clauses, then 二、几点要求
    1.-2. — the requirements for reporting, no tasks, and their dates (于7月17日下班前, 8月上旬) no task's deadlines."""
    text = (
        "某市人民政府督查室关于开展专项督查的通知\n"
        "各乡镇人民政府: 现将有关事宜通知如下: 一、重点督办事项 1.加快推进农村垃圾收运。(责任单位:城市管理执法大队、各乡镇场)"
        " 2.推进村屯院落硬化、绿化和美化进程。(责任单位:交通局、各乡镇场) 3.加大推进农村危房改造力度,确保如期完成改造任务。"
        "(责任单位:住建局、各乡镇场) 二、几点要求 1.各乡镇要主动认领,于7月17日下班前报市政府督查室。"
        " 2.8月上旬,市里将开展检查。\n"
    )
    tasks = tasks_of(text)
    assert [t["number"] for t in tasks] == ["1.", "2.", "3."]
    assert names(tasks[1], "units") == ["交通局", "各乡镇场"]
    assert [d for t in tasks for d in t.get("deadlines") or []] == []


def test_a_frame_keyword_with_its_paragraph_glued_straight_on_is_no_task_part():
    """A sharing site's text layer that lost the line breaks (feiqi-qiche): "一、工作目标通过对…,营造…环境。" — the 工作目标
    heading with its paragraph glued on, no space — is the plan's frame, not a task; the measures below are."""
    text = (
        "某区专项整治行动工作方案\n"
        "一、工作目标通过对道路范围外停放,影响城市市容环境的废弃汽车集中组织开展专项整治行动,营造干净、整洁的城市环境。\n"
        "二、排查处置\n(一)开展排查。建立废弃汽车底数台账。\n(二)分类处置。依法清理拖移。\n"
    )
    assert [t["number"] for t in tasks_of(text)] == ["(一)", "(二)"]
    # a heading joining the keyword to another part (工作目标和…) is not read so
    joined = text.replace("一、工作目标通过", "一、工作目标和任务通过")
    assert [t["number"] for t in tasks_of(joined)] == ["一、", "(一)", "(二)"]


def test_a_plans_qualified_targets_with_their_date_glued_on_are_no_task_part():
    """A policy site's copy with the plan's body on one line (rencheng-2021): "…制定本方案。一、指导思想以…为指导,…
    二、创建目标2022年底前,各项创建指标全部达到…。(一)抽检合格率明显提高。…" — the 创建目标 heading with the targets'
    date glued straight on heads the plan's targets, its (一) one of them, no task; a part of measures after it keeps
    its tasks."""
    body = (
        "为提升农产品质量安全水平,结合我区实际,制定本方案。一、指导思想以新时代中国特色社会主义思想为指导,深入实施食品安全战略,"
        "全面推进生产标准化、产品品牌化、监管法制化。二、创建目标2022年底前,各项创建指标全部达到国家创建标准,所有关键项均达到要求。"
        "(一)农产品质量安全水平明显提高。食用农产品抽检合格率达到98%以上,不合格食用农产品处置率达到100%。\n"
    )
    text = "某区创建农产品质量安全区实施方案\n" + body
    assert tasks_of(text) == []
    measures = text + "三、重点任务\n(一)健全监管体系。建立区镇村三级监管网络。\n"
    assert [t["number"] for t in tasks_of(measures)] == ["(一)"]
    # a heading naming a part of tasks with its targets (具体目标任务) is not read so
    tasked = text.replace("二、创建目标2022年底前", "二、具体目标任务2022年底前")
    assert [t["number"] for t in tasks_of(tasked)] == ["(一)"]


def test_principles_after_a_guiding_thought_paragraph_whose_headings_were_lost_are_no_tasks():
    """A mirror that dropped the frame's headings (zoucheng-2021): the preamble closing "…制定本实施方案。", the guiding
    thought as a paragraph of its own ("以…为指导,…"), then "1.规划统领,以人为本。…" / "2.产城融合,产业为基。…" — the
    plan's principles (二、基本原则 lost), each two four-character phrases, no tasks. The same paragraph over points
    of work (统筹空间规划布局: a copy whose task part lost its heading) keeps them as tasks."""
    head = (
        "为完善城镇服务功能,结合我市城镇发展实际,制定本实施方案。\n\n"
        "以新时代中国特色社会主义思想为指导,坚持新发展理念,发展建设产业特色鲜明、环境美丽宜居的精致城镇。\n\n"
    )
    principles = head + (
        "1.规划统领,以人为本。遵循城乡统筹发展规律,以科学、精细的规划统领精致城镇建设。\n\n"
        "2.产城融合,产业为基。根据各镇要素禀赋和产业基础,做精做强主导产业。\n"
    )
    assert tasks_of(principles) == []
    work = head + "(一)统筹空间规划布局。完善各类发展规划的安全风险评估会商机制。\n(二)优化产业结构。严把高危行业安全准入条件。\n"
    assert [t["number"] for t in tasks_of(work)] == ["(一)", "(二)"]
    # a guiding thought that announces the points below is the preamble of a list of work
    announced = principles.replace("的精致城镇。", "的精致城镇,重点抓好以下工作:")
    assert [t["number"] for t in tasks_of(announced)] == ["1.", "2."]


def test_items_that_only_name_a_campaigns_objects_and_areas_are_its_scope():
    """三、整治重点 over (一)重点整治对象。… (二)重点整治区域。…: what counts as an abandoned car and where — the scope
    set out item by item, as a part headed 整治范围 is, no tasks; a part of measures beside it keeps its tasks."""
    text = (
        "某区废弃汽车专项整治行动工作方案\n"
        "一、整治重点\n(一)重点整治对象。车身残破、未悬挂号牌等明显弃用特征的废弃汽车。\n"
        "(二)重点整治区域。城区背街小巷、公共绿地、闲置空地等公共区域。\n"
        "二、整治措施\n(一)全面排查。建立底数台账。(责任单位:区城市管理综合执法大队)\n(二)分类处置。依法拖移。\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(6, "(一)"), (7, "(二)")]
    assert names(tasks[0], "units") == ["区城市管理综合执法大队"]


def test_a_campaigns_targets_and_objects_named_for_it_are_its_frame_even_glued_to_their_text():
    """A campaign's targets headed as its 治理目标 / 整治目标 (its word for 工作目标) and its objects headed 整治对象
    (as 整治范围 is) hold no tasks, the heading's paragraph glued straight on where a sharing copy lost the break:
    一、治理目标到2023年8月底,… over (一)确保…(二)确保…, 二、整治对象针对本区…; the part of contents after them
    keeps its items."""
    text = (
        "某街道电动自行车消防安全综合治理方案\n"
        "一、治理目标到2023年8月底,辖区电动自行车火灾得到有效遏制,实现“两个确保”的目标:"
        "(一)确保集中停放、充电设施基本实现全覆盖。(二)确保违规停放、违规充电等行为得到有效遏制。\n"
        "二、整治对象针对本区范围内所有自建房和居住场所开展治理。\n"
        "三、治理内容\n(一)规范停放充电。推动建设集中充电设施。(责任单位:各社区)\n"
    )
    tasks = tasks_of(text)
    assert [(t["line"], t["number"]) for t in tasks] == [(5, "(一)")]
    assert names(tasks[0], "units") == ["各社区"]
    # on lines of their own, the headings are the frame too
    alone = text.replace("一、治理目标到", "一、治理目标\n到").replace("二、整治对象针对", "二、整治对象\n针对")
    assert [t["number"] for t in tasks_of(alone)] == ["(一)"]


def test_bodies_an_item_with_no_doer_works_with_support_it_with_no_lead():
    # an item naming no doer at all, the plan's own body doing it: the bodies it brings in by 会同 / 联合 support with no
    # lead (tuqiao-2025: "…,会同区级有关部门推进协同监管"; unknown-city-2024-kexue: "联合市场监管、财税部门及第三方…",
    # the bare sector sharing the 部门 of the name after it), and so do the bare sectors it gathers by 组织 before 等部门
    # and a comma, the last two joined by 和 (anyuan-2020)
    text = (
        "某县2020年消防工作任务\n"
        "1.强化属地监管责任。压实重点单位责任,会同区级有关部门推进协同监管。\n"
        "2.抓好高新技术企业培育。二是抓指导,联合市场监管、财税部门及第三方对申报进行提前指导。\n"
        "3.深入开展集中攻坚行动,组织住建、城管、公安交管和消防救援等部门,分类施策,逐步解决问题。\n"
        "4.完善综合性应急救援体系,整合相关部门和社会力量。\n"
    )
    tasks = tasks_of(text)
    assert [{r: names(t, r) for r in ("lead", "support", "units") if t.get(r)} for t in tasks] == [
        {"support": ["区级有关部门"]},
        {"support": ["市场监管部门", "财税部门"]},
        {"support": ["住建部门", "城管部门", "公安交管部门", "消防救援部门"]},
        {},
    ]


def test_a_plan_of_one_bodys_own_leaves_the_partners_of_an_item_naming_no_doer_alone():
    # a department's own plan (区公安分局 wrote it: its owner), whose items name no doer, the owner doing each: the
    # bodies an item brings in (会同区交通局) are not written as its only doers; the same item in a plan with no owner
    # has them support
    owned = (
        "重庆市巴南区公安系统安全生产工作方案\n区公安分局结合工作实际制定本方案。\n一、重点任务\n"
        "1.强化重点车辆监管。会同区交通局加强驾驶人培训机构监管。\n"
    )
    (plan,) = import_texts([("owned.txt", owned)]).plans
    assert plan["owner"]["written"] == "区公安分局"
    assert not any(plan["tasks"][0].get(r) for r in ("lead", "support", "units"))
    unowned = "重庆市巴南区安全生产工作要点\n一、重点任务\n1.强化重点车辆监管。会同区交通局加强驾驶人培训机构监管。\n"
    assert [names(t, "support") for t in tasks_of(unowned)] == [["区交通局"]]


def test_a_body_and_its_parts_joined_by_ji_qi_are_each_a_doer():
    # zhumadian-2013: "市处置非法集资领导小组及其各专业组要充分发挥指导、协调…的作用": the group and its working groups
    # (及其, and its), each a doer as the subject of 要
    text = ("某市关于明确打击和处置非法集资工作职责任务的通知\n一、明确县区政府处置主体责任\n"
            "市处置非法集资领导小组及其各专业组要充分发挥指导、协调、督促、检查的作用。\n")
    assert [names(t, "units") for t in tasks_of(text)] == [["市处置非法集资领导小组", "各专业组"]]


def test_a_body_answering_for_the_work_and_organising_others_leads_them():
    # zhumadian-2013: "涉案地政府对处置非法集资工作负总责,组织有关部门做好案件的受理…": the body answers for the work
    # and organises the departments to do it: it leads, they support; a duty held alone stays units
    text = ("某市关于明确打击和处置非法集资工作职责任务的通知\n一、明确县区政府处置主体责任\n"
            "处置工作遵循属地管理的原则,涉案地政府对处置非法集资工作负总责,组织有关部门做好案件的受理、调查等工作。\n")
    task = tasks_of(text)[0]
    assert (names(task, "lead"), names(task, "support")) == (["涉案地政府"], ["有关部门"])
    alone = text.replace(",组织有关部门做好案件的受理、调查等工作", "")
    assert names(tasks_of(alone)[0], "lead") == []


_SYMPOSIUM = (  # an event's fields numbered 1. 2. 3. under its item, the last naming who prepares it
    "某乡全国科普日活动实施方案\n"
    "一、重点活动安排\n"
    "(一)召开某乡科技科普工作座谈会\n"
    "1.时 间:9月16日9:30—10:30\n"
    "2.主 持 人:乡党委书记\n"
    "3.参会人员:县科协、县科委等单位负责人。\n"
    "4.整个座谈会筹备工作由某乡党委和政府负责。\n"
)


def test_a_piece_of_work_before_you_and_fuze_in_an_items_field_names_its_lead():
    (task,) = tasks_of(_SYMPOSIUM)
    assert names(task, "lead") == ["某乡党委和政府"]


def test_a_groups_office_housed_in_a_department_before_fuze_is_the_lead():
    text = (
        "某县关于加强人才队伍建设的意见\n"
        "五、强化人才工作领导\n"
        "16、建立健全人才工作领导协调机制。县委知识分子工作领导小组调整更名为县人才工作领导小组,"
        "领导小组办公室设在组织部,负责全县人才队伍建设的宏观指导、组织协调和督促检查。各镇、各部门要建立相应的工作制度。\n"
        "17、建立健全人才工作责任机制。\n"
    )
    task = tasks_of(text)[0]
    assert names(task, "lead") == ["领导小组办公室"]
    assert names(task, "units") == ["各镇", "各部门"]


def test_the_press_asked_to_send_reporters_beside_the_lead_are_units():
    (task,) = tasks_of(_SYMPOSIUM + "5.请电视台、报社派记者参加活动。\n")
    assert names(task, "lead") == ["某乡党委和政府"]
    assert names(task, "units") == ["电视台", "报社"]
