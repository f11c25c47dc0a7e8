"""Conventions of Chinese names and titles: surnames, title endings, what follows a name, and
OCR look-alike characters. Data only, shared by extraction and name matching."""

from __future__ import annotations

# The common single-character surnames (about 400 cover nearly all of the population) and the
# compound ones.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈习"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由买后"
    "傅洪阎赖雒隗郦逄庹缑眭邴钮郇訾荀萧"
)
COMPOUND_SURNAMES = frozenset(
    ("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 独孤 南宫 呼延 西门 万俟 完颜 澹台 公冶 申屠 闻人 轩辕 钟离 宗政 濮阳 淳于 拓跋").split()
)

# Japanese surnames, as Chinese papers print them (`首相安倍某某`, `外相茂木某某`, `选手山本某某`): after a
# title they open a name of two more characters (one or three at times)
JAPANESE_SURNAMES = tuple(
    sorted(
        (
            "佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 森田 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 "
            "村上 远藤 青木 坂本 斋藤 福田 太田 西村 藤井 冈本 松田 中川 中野 原田 小野 田村 竹内 金子 和田 石田 上田 小岛 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 谷口 大野 "
            "丸山 今井 高田 藤本 武田 村田 上野 杉山 增田 菅原 平野 大冢 千叶 久保 松井 岩崎 樱井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 滨田 菅野 市川 古川 河野 岸田 麻生 "
            "甘利 小泉 鸠山 野田 福岛 细川 宫泽 竹下 海部 二阶 齐藤 茂木 安倍 菅 石破 小池 枝野 志位 山际 萩生田 玉木 松野 堀井 河村 稻田 世耕 梶山 赤羽 赤泽 北村 片山 森山 伊吹 "
            "额贺 细田 浜田 秋叶 植田 黑田 大谷 羽生 锦织 大坂 浅田 石原 村山 土井 小渊 羽田 平沼 久米 森 "
        ).split(),
        key=len,
        reverse=True,
    )
)

# Endings of titles as printed before a name: `…副书记`, `…管委会主任`, `…投资总监`.
OFFICIAL_TITLE_ENDINGS = (
    "书记 主任 主席 局长 区长 市长 县长 镇长 乡长 省长 州长 部长 厅长 处长 科长 所长 站长 场长 司长 署长 "
    "委员 常委 秘书长 检察长 院长 庭长 领导 干部 调研员 巡视员 组长 总经济师 总工程师 行长 主任委员 "
    "政委 参谋长 司令员 党组成员 督察长 馆长 主委 领导人 总理 总统 首相 议长 外长 防长 总干事 特使 委员长 参事 大臣 "
    "外相 干事长 长官 防卫相 副相 文化相 财相 法相 农相 国防相 经济相 列车长 乘务长 船长 机长 领袖 顾问 执行官 运营官 财务官 信息官 审议官 外交官 "
    # military ranks and posts: `中士某某说`, `指导员某某专门安排`
    "列兵 上等兵 下士 中士 上士 军士长 少尉 中尉 上尉 少校 中校 上校 大校 少将 中将 上将 排长 连长 营长 旅长 师长 "
    "军长 班长 指导员 教导员 参谋 干事"
).split()
OTHER_TITLE_ENDINGS = (
    "总裁 总经理 经理 董事长 董事 总监 教师 老师 医生 护士 村民 居民 群众 妇女 老人 学生 工人 农民 "
    "渔民 牧民 代表 专家 教授 研究员 院士 大使 球员 运动员 教练员 教练 演员 歌手 作家 志愿者 党员 负责人 创始人 "
    "主播 厂长 店长 团长 会长 理事长 社长 台长 主编 总编 总编辑 编辑 校长 园长 律师 法官 检察官 警官 民警 辅警 领队 "
    "医师 讲师 画家 书法家 摄影师 设计师 工程师 技术员 科学家 企业家 队员 选手 冠军 村支书 支书 网格员 "
    "快递员 骑手 司机 菜农 果农 养殖户 种植户 职工 员工 店主 老板 创业者 博士 硕士 主持人 嘉宾 先生 "
    "女士 名将 老将 小将 新秀 主帅 队长 国手 棋手 大师 市民 游客 乘客 患者 家长 总指挥 指挥长 顾客 成员 秘书 代购员 讲解员 "
    "夫人 调解员 联络员 宣传员 信息员 安全员 工作人员 工作者 战士 英雄 模范 榜样 青年 网友 宇航员 航天员 代办 学家 护士长 发言人 带头人 同事 阿婆 "
    "妻子 丈夫 爱人 女儿 儿子 父亲 母亲 孙子 孙女 婆婆 哥哥 姐姐 弟弟 妹妹 民众 女孩 男孩 姑娘 小伙 小伙子 "
    # posts ending in 员: `乘务员某某在…`, `处员某某说`
    "乘务员 服务员 驾驶员 飞行员 消防员 巡逻员 护林员 管理员 操作员 质检员 营业员 收银员 保洁员 安检员 调度员 "
    "监督员 裁判员 公务员 科员 处员 职员 店员 列车员 值班员 辅导员 实验员 士官 "
    # students, artists and writers, people described: `硕士生某某说`, `导演某某拍了`
    "硕士生 博士生 研究生 本科生 毕业生 实习生 楷模 导演 编剧 制片人 艺术家 音乐家 歌唱家 舞蹈家 剧作家 评论家 诗人 名宿 大户 "
    "政治家 军事家 外交家 思想家 革命家 教育家 航海家 探险家 收藏家 翻译家 作曲家 钢琴家 指挥家"
).split()
# endings that name a group a person belongs to, often followed by an ordinary word (`农民丰收节`)
GROUP_NOUNS = frozenset(
    "村民 居民 群众 妇女 老人 学生 工人 农民 渔民 牧民 党员 职工 员工 代表 选手 队员 志愿者 专家 师生 领导人 市民 游客 乘客 "
    "患者 家长 顾客 成员 网友 工作人员 工作者 青年 战士 英雄 模范 榜样 大师 同事 阿婆 妻子 丈夫 爱人 女儿 儿子 父亲 母亲 孙子 孙女 婆婆 哥哥 姐姐 弟弟 妹妹 "
    "民众 女孩 男孩 姑娘 小伙 小伙子".split()
)
TITLE_ENDINGS = tuple(sorted(set(OFFICIAL_TITLE_ENDINGS + OTHER_TITLE_ENDINGS), key=len, reverse=True))

# What may directly follow a person's name in running text.
AFTER_NAME = tuple(
    sorted(
        set(
            (
                "主持 出席 调研 强调 指出 要求 表示 参加 带队 宣布 会见 会晤 接见 介绍 讲话 一同 一行 等 和 及 "
                "与 同 在 到 为 对 向 代表 深入 先后 分别 率 率队 陪同 实地 现场 察看 视察 看望 慰问 走访 "
                "致辞 讲 说 认为 告诉 坦言 作 做 主讲 听取 督导 检查 前往 来到 就 也 还 都 则 提出 希望 感谢 "
                "宣读 颁发 参观 考察 调度 带领 指导 部署 总结 通报 汇报 回答 答 连续 详细 认真 亲自 专程 已 曾 "
                "是 于 从 把 将 被 给 等人 同志 一起 共同 到访 出任 任 担任 当选 获 荣获 获得 带头 首先 最后 "
                "随后 并 又 主动 立即 的 发表 回顾 传达 宣传 签署 签约 致信 致电 写 编 著 发现 研究 负责 牵头 "
                "领衔 手持 正在 正 便 即 介 以 通过 因 依然 仍 始终 一直 一边 边 多次 多年 坚持 积极 现任 "
                "时任 原 一家 家 老 夫妇 团队 工作室 先生 女士 书记 主任 们 作出 做出 所 看到 听到 得知 直言 "
                "补充 谈到 谈及 提到 说道 感慨 接受 建议 呼吁 每天 每年 今年 去年 近年来 如今 目前 当时 作为 "
                "带着 拿着 忙着 向记者 对记者 告诉记者 说起 笑着 激动 高兴 动情 院士 教授 博士 之间 前来 来此 当天 当日 分列 分获 分居 击败 战胜 面对 非常 十分 开始 近日 日前 近期 站在 看来 进一步"
            ).split()
        ),
        key=len,
        reverse=True,
    )
)
NAME_END_PUNCT = '、，,。；;：:！!？?）)”"’」 \u3000·—…'

# Glyphs that OCR confuses; two spellings differing only by such a pair may be one person.
LOOKALIKES = frozenset(
    frozenset(p)
    for p in (
        "宫官 己已 已巳 未末 士土 日曰 人入 天夭 王玉 大太 太犬 戊戌 戌戍 千干 刀力 贝见 免兔 析折 候侯 "
        "准淮 券卷 拔拨 崇祟 菅管 徽微 锡钖 晴睛 辩辨 茶荼 治冶 今令 斤斥 折拆 苑宛 杨扬 峰锋 鸟乌 尤龙 "
        "兵乒 庄压"
    ).split()
    if len(set(p)) == 2
)


def surname_length(text: str) -> int:
    """1 or 2 when text starts with a surname, else 0."""
    if text[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if text[:1] in SURNAMES else 0
