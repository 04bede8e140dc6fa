namespace SecureKernel.Detection;

internal static partial class InjectionRules
{
    // ---- language group C: zh, ja, ko, ar, hi, vi ----
    // where an outside destination starts: an e-mail address or a URL
    private const string ArcDest = @"(\S+@\S+\.[a-z]{2,}|https?://|www\.)";

    // AI / automation nouns; human-ambiguous ones (secretary, helper, agent) only with a machine word before them
    private const string ArcAiZh = @"(ai|人工智能|智能体|智能助手|助手|ai助理|智能助理|自动化助理|语言模型|大模型|模型|聊天机器人|机器人|系统|程序|工具|处理器|llm)";
    private const string ArcAiJa = @"(ai|人工知能|言語モデル|モデル|アシスタント|エージェント|チャットボット|ボット|プログラム|システム|ツール|llm)";
    private const string ArcAiKo = @"(ai|인공\s*지능|언어\s*모델|모델|어시스턴트|(ai|자동|자동화된|인공\s*지능|코드|가상|일정\s*관리)\s*(에이전트|비서|도우미)|챗\s*봇|봇|시스템|프로그램|도구|llm)";
    private const string ArcAiAr = @"[لبك]?(ال)?(مساعد|نموذج|نظام|برنامج|بوت|روبوت|أداة|اداة|أدوات|ذكاء\s+(ال)?[اإ]صطناعي|شات\s*بوت|ai\b|llm\b)";
    private const string ArcAiHi = @"(एआई|ai|(एआई|ai|कोड|स्वचालित)\s+एजेंट|सहायक|असिस्टेंट|मॉडल|बॉट|चैटबॉट|सिस्टम|प्रणाली|प्रोग्राम|टूल|उपकरण|llm)";
    private const string ArcAiVi = @"(trợ\s+lý|(?-i:AI)|mô\s+hình|chat\s*bot|bot|hệ\s+thống|chương\s+trình|công\s+cụ|tác\s+tử|llm)";

    /// <summary>
    /// <c>exfil.ai_reader</c> and <c>exfil.sensitive_to_address</c> in Chinese (Simplified), Japanese, Korean, Arabic,
    /// Hindi and Vietnamese (weight 0.75 each).
    /// <para>
    /// <c>exfil.ai_reader.*</c>: an AI or automation noun (assistant, AI, model, bot, system, program, tool, ...) tied to
    /// the text being read by a demonstrative ("处理本工单的AI助理", "このページを読むAIは", "이 메일을 처리하는 AI",
    /// "المساعد الذي يقرأ هذا البريد", "इस ईमेल को पढ़ने वाला सहायक", "trợ lý xử lý email này"), together with a directive in
    /// the same sentence (请 / 须 / 应, ください / すること, 해야 / 하십시오 / 할 것, يجب / على ... أن, चाहिए / करे / दें,
    /// phải / cần / hãy / vui lòng); or a note heading for the summarizer ("致负责汇总评论的系统：", "要約担当システムへ：",
    /// "요약 담당 시스템께:", "ملاحظة لنظام تلخيص ...:", "सारांश बनाने वाले मॉडल:", "Gửi hệ thống tóm tắt ...:").
    /// Also a note heading for an automated reader ("面向代码助手的处理说明：", "给智能体的指令：") and, in Arabic and
    /// Vietnamese, a tie that ends in a colon ("إلى النموذج الذي يعالج هذا المستند:"). Japanese reads "ここから先 / 以下" and
    /// Vietnamese "dưới đây / sau đây" (below) as demonstratives; Vietnamese also takes "nào ... sẽ" (whichever assistant
    /// ... will) and "từ giờ sẽ" (from now on will) as directives. A dot inside a URL or a number does not end the sentence.
    /// The tie needs a demonstrative (this / 本 / この / 이 / هذا / इस / này), so a text about an AI product for its users
    /// ("the assistant that summarizes your e-mails can be switched off") and a policy about automated tools with no tie
    /// to this text do not match. Korean 비서 / 도우미 / 에이전트 and Hindi एजेंट are people too, so they count only with a
    /// machine word before them (AI, 자동, 코드); Chinese 助理 and 代理 likewise. Vietnamese "AI" is matched in capitals
    /// only ("ai" is "who"). Japanese and Korean ties need the noun as the subject (は / が, 은 / 는), so "このメールを要約する
    /// AIアシスタントを使ってください" (an advertisement) does not match.
    /// </para>
    /// <para>
    /// <c>exfil.sensitive_to_address.*</c>: a sensitive item (password, API / access key, token, session, conversation or
    /// chat history, contacts, inbox, .env, card number, or the user's phone number / address / name) with a transfer verb
    /// and an e-mail address or URL in one sentence or table cell (the gaps stop at a sentence end, a semicolon and a
    /// table bar). Negations cannot be excluded without lookarounds, so only positive forms match: Chinese 把 / 将 not
    /// preceded by 勿 / 不 / 别 / 免 / 止 / 会, or a passive with 应 / 须 / 需; Japanese and Korean verbs with an
    /// affirmative ending (送信してください / すること, 전송해 / 보내야); Arabic verbs at the start of a clause or after
    /// a directive (يجب / ثم / أن), or the passive; Hindi verbs right after the destination (पर भेजें, not पर न भेजें);
    /// Vietnamese verbs at the start of a clause or after hãy / vui lòng / cần / rồi. Personal data counts only when it
    /// is the user's or customer's, so a job advertisement ("send your CV and phone number to jobs@...") does not match.
    /// Anchors are words of each language's script (none English), so English text never runs these regexes.
    /// </para>
    /// </summary>
    private static InjectionRule[] AiReaderRulesC() =>
    [
        // ---------------- exfil.ai_reader ----------------
        new("exfil.ai_reader.zh", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"((读取|阅读|读到|看到|处理|总结|汇总|概括|摘要|分析|解析|审核|审阅|打开|查看|浏览|扫描|接收)(本|此|这|该)[^类种的。！？\n，,][^。！？\n，,的]{0,8}的[^。！？\n，,]{0,8}" + ArcAiZh + @"|" + ArcAiZh + @"\s*(在|正在|如在|若在|一旦|每次)?(读取|阅读|读到|看到|处理|总结|汇总|概括|分析|解析|审核|审阅|打开|查看|浏览|扫描)(本|此|这|该)[^类种]|(如果|假如|要是|倘若)(有|你是|您是)?[^。！？\n，,]{0,8}" + ArcAiZh + @"[^。！？\n，,]{0,6}(读取|阅读|处理|总结|汇总|概括|分析|解析|审核|审阅|打开|查看|浏览|扫描)(本|此|这|该)[^类种]|(如果|假如|要是|倘若)(你|您)是(一个|一款|一名|一种)?(自动化?的?|智能)(助手|助理|程序|系统|代理|工具|机器人))[^。！？\n]*(请|须|必须|应该|应当|应[在将把向以立即直接自动先]|务必|需要|需[将把]|立即|立刻|马上|不得|不要|禁止|有权|获准|被授权)" +
            @"|(给|致|面向)(所有|任何|各位)?((自动化?|智能|代码|ai|人工智能)[^。！？\n，,：:的]{0,4}(助手|助理|代理|程序|机器人)|智能体|ai|人工智能|大模型|语言模型)的(处理|操作|隐藏)?(说明|指令|提示|指示|备注|须知|留言)\s*[:：—-]|(给|致|面向)[^。！？\n，,：:]{0,8}(总结|汇总|摘要|概括)[^。！？\n，,：:]{0,6}的?(系统|助手|模型|程序|工具|ai)[^。！？\n，,：:]{0,4}[:：]",
            anchors: "读取|阅读|读到|看到|处理|总结|汇总|概括|摘要|分析|解析|审核|审阅|打开|查看|浏览|扫描|接收|如果|假如|要是|倘若|说明|指令|提示|指示|备注|须知|留言"),
        new("exfil.ai_reader.ja", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(((この|本|当|こちらの)[^。！？\n、をは]{1,10}|ここから先|ここから下|以下の?[^。！？\n、をは]{0,10})を\s*(読む|読んだ|読んでいる|読み取る|読み取った|読み込む|読み込んだ|処理する|処理した|処理している|処理中の|解析する|解析中の|解析している|要約する|要約している|まとめる|まとめている|閲覧する|閲覧中の|閲覧している|参照する|参照した|分析する|確認する|受け取った|開いた)[^。！？\n、]{0,12}" + ArcAiJa + @"\s*(は|が|では|各位|殿|様)|(要約|まとめ|サマリー)を(生成|作成|作|書)[^。！？\n、]{0,6}" + ArcAiJa + @"\s*(は|が|では)|" + ArcAiJa + @"\s*が\s*(この|本|当)[^。！？\n、]{1,10}を\s*(読[むんみ]|処理|要約|まとめ|閲覧|解析|分析|参照)[^。！？\n]{0,10}(場合|なら|とき|時|際))[^。！？\n]*(てください|でください|て下さい|で下さい|[くぐすつぬぶむるう]こと|しなさい|せよ|べし|べき|ものとする|なければな|ねばな|必要があ|お願い|いただきます)" +
            @"|(要約|まとめ)[^。！？\n、：:]{0,8}(ai|アシスタント|システム|モデル|ボット|プログラム|ツール|担当者?|作成者)\s*(へ|宛て|あて|様|殿)(の(お願い|注意|メモ|連絡|指示))?\s*[：:]",
            anchors: "読む|読ん|読み|処理|解析|要約|まとめ|サマリー|閲覧|参照|分析|確認|受け取|開い"),
        new("exfil.ai_reader.ko", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"((이|본|해당)\s*[^\s.!?]{1,10}(을|를)?\s*(읽는|읽은|읽고\s*있는|처리하는|처리한|처리\s*중인|요약하는|요약한|정리하는|분석하는|분석한|참조하는|참조한|검토하는|열람하는|열어\s*보는|보고\s*있는|수신한|확인하는)\s*([^\s.!?]+\s+){0,2}" + ArcAiKo + @"\s*(은|는|이|가|이라면|라면|께서는|께서|께|에게|님)([^.!?\n]|\.\S)*(해야|야\s*(합니다|한다|함)|하십시오|하세요|주세요|주십시오|하라|해라|바랍니다|마십시오|마세요|하시오|(할|일|될|볼|낼|을|릴|킬|줄|쓸|말)\s*것(\s*[.。/|\n,”""']|$))" +
            @"|(요약|정리)\s*(담당|하는|을\s*작성하는|작성)\s*(ai|시스템|모델|어시스턴트|프로그램|도구|봇)\s*(께|에게|님께|님)?\s*[:：])",
            anchors: "읽는|읽은|읽고|처리|요약|정리|분석|참조|검토|열람|보는|보고|수신|확인"),
        new("exfil.ai_reader.ar", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"((يجب|ينبغي|يتعين|يلزم|يُطلب|يطلب|يرجى|يُرجى|نرجو|نطلب|الرجاء)\s+(على|من|ل)?\s*((أي|اي|كل|جميع)\s+)?" + ArcAiAr + @"(\s+\S+){0,2}\s+((الذي|التي|الذين)\s+)?(يقرأ|تقرأ|يقرا|يعالج|تعالج|يلخ\u0651?ص|تلخ\u0651?ص|يحل\u0651?ل|تحل\u0651?ل|يفتح|يتلقى|يستلم|يراجع|يتصفح|يط\u0651?لع|يتولى|سيقرأ|سيعالج)\s+(على\s+)?(هذه|هذا|هذي|هاته)" +
            @"|(^|[\s«""(:،,])على\s+((أي|اي|كل|جميع)\s+)?" + ArcAiAr + @"(\s+\S+){0,2}\s+((الذي|التي|الذين)\s+)?(يقرأ|تقرأ|يقرا|يعالج|تعالج|يلخ\u0651?ص|تلخ\u0651?ص|يحل\u0651?ل|تحل\u0651?ل|يفتح|يتلقى|يستلم|يراجع|يتصفح|يط\u0651?لع|يتولى|سيقرأ|سيعالج)\s+(على\s+)?(هذه|هذا|هذي|هاته)([^.!?؟\n]|\.\S)*\s(أن|ان)\s" +
            @"|" + ArcAiAr + @"(\s+\S+){0,2}\s+((الذي|التي|الذين)\s+)?(يقرأ|تقرأ|يقرا|يعالج|تعالج|يلخ\u0651?ص|تلخ\u0651?ص|يحل\u0651?ل|تحل\u0651?ل|يفتح|يتلقى|يستلم|يراجع|يتصفح|يط\u0651?لع|يتولى|سيقرأ|سيعالج)\s+(على\s+)?(هذه|هذا|هذي|هاته)(([^.!?؟\n]|\.\S)*(يجب|عليه|عليها|ينبغي|يتعين|يرجى|مطالب|مخو\u0651?ل|مفو\u0651?ض|ملزم|مصر\u0651?ح)|[^.!?؟\n:：]{0,30}[:：])" +
            @"|(ملاحظ[ةه]|رسال[ةه]|تنبيه|تعليمات|طلب|تنويه)\s+((موجه[ةه]\s+)?([إا]لى|ل)\s*|لل)(ال)?(نظام|مساعد|نموذج|برنامج|أداة|اداة|من\s+يكتب|من\s+يعد|كاتب)\s+(ال)?(تلخيص|ملخص|يلخ\u0651?ص)[^.\n:：]{0,30}[:：])",
            anchors: "يقرأ|تقرأ|يقرا|يعالج|تعالج|يلخ|تلخ|يحل|تحل|يفتح|يتلقى|يستلم|يراجع|يتصفح|يطلع|يطّلع|يتولى|سيقرأ|سيعالج|تلخيص|ملخص"),
        new("exfil.ai_reader.hi", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(((इस|इन|यह|ये|इसे|इन्हें)\s+(\S+\s+){0,3}((को|का|की|के)\s+)?(पढ\u093C?ने|संभालने|संसाधित\s+करने|प्रोसेस\s+करने|विश्लेषण\s+करने|सारांश\s+बनाने|सार\s+बनाने|देखने|खोलने|पार्स\s+करने|जाँचने|जांचने|समीक्षा\s+करने)\s+वाल(ा|े|ी)\s+(\S+\s+){0,2}" + ArcAiHi +
            @"|जो\s+(भी\s+|कोई\s+)?" + ArcAiHi + @"\s+(इस|इसका|इसकी|इसके|इसे|यह|इन)\S*\s+(\S+\s+){0,2}(पढ\u093C?|संभाल|प्रोसेस|सारांश|सार|विश्लेषण|देख|खोल)" +
            @"|(अगर|यदि)\s+(कोई\s+)?" + ArcAiHi + @"\s+(इस|यह|इन|इसे)\s+(\S+\s+){0,3}(पढ\u093C?|संभाल|प्रोसेस|सारांश|सार|विश्लेषण|देख|खोल))[^.!?।\n|]*(चाहिए|कृपया|अवश्य|करे|करें|दे|दें|लिखे|लिखें|भेजे|भेजें|बनाए|बताए|बताएं|बताएँ|दिखाए|जोड\u093C?े|हटाए|रखे|माने|करेगा|देगा|लिखेगा|भेजेगा|जाएगा|बनेगा|छोड\u093C?ेगा)(\s|[.।,;!|]|$)" +
            @"|(सारांश|सार)\s+(बनाने|लिखने|तैयार\s+करने)\s+वाल(ा|े|ी)\s+(\S+\s+){0,2}" + ArcAiHi + @"\s*(के\s+लिए(\s+\S+)?\s*)?[:：])",
            anchors: "पढ|संभाल|संसाधित|प्रोसेस|विश्लेषण|सारांश|सार|देख|खोल|पार्स|जाँच|जांच|समीक्षा"),
        new("exfil.ai_reader.vi", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(\b(kính\s+mong|đề\s+nghị|yêu\s+cầu|xin|mong|vui\s+lòng|buộc)\s+(các\s+|mọi\s+|những\s+)?" + ArcAiVi + @"(\s+\S+){0,3}\s+(nào\s+)?(đang\s+)?(đọc|xử\s+lý|tóm\s+tắt|phân\s+tích|mở|tiếp\s+nhận|duyệt|quét|truy\s+cập|rà\s+soát)(\s+được)?\s+(\S+\s+){0,4}(này|dưới\s+đây|sau\s+đây)\b" +
            @"|\b" + ArcAiVi + @"(\s+\S+){0,3}\s+(nào\s+)?(đang\s+)?(đọc|xử\s+lý|tóm\s+tắt|phân\s+tích|mở|tiếp\s+nhận|duyệt|quét|truy\s+cập|rà\s+soát)(\s+được)?\s+(\S+\s+){0,4}(này|dưới\s+đây|sau\s+đây)\b(([^.!?\n|]|\.\S)*\b(phải|cần|hãy|nên|vui\s+lòng|xin|được\s+phép|được\s+ủy\s+quyền|có\s+trách\s+nhiệm|bắt\s+buộc|có\s+nghĩa\s+vụ|không\s+được|từ\s+(giờ|nay|bây\s+giờ)(\s+trở\s+đi)?\s+sẽ)\b|[^.!?\n|:]{0,30}:)"
            + @"|\b" + ArcAiVi + @"(\s+\S+){0,3}\s+nào\s+(đang\s+)?(đọc|xử\s+lý|tóm\s+tắt|phân\s+tích|mở|tiếp\s+nhận|duyệt|quét|truy\s+cập|rà\s+soát)(\s+được)?\s+(\S+\s+){0,4}(này|dưới\s+đây|sau\s+đây)\b([^.!?\n|]|\.\S)*\bsẽ\b" +
            @"|\b(gửi|lưu\s+ý\s+(cho|dành\s+cho)|ghi\s+chú\s+(cho|dành\s+cho)|dành\s+cho|chú\s+ý|yêu\s+cầu\s+(cho|đối\s+với|gửi))\s+(các\s+|mọi\s+)?(" + ArcAiVi + @"|người\s+viết)\s+(\S+\s+)?(tóm\s+tắt|tổng\s+hợp)[^.!?\n:]{0,30}:)",
            anchors: "này|đây|tóm|tổng", wordAnchors: true),

        // ---------------- exfil.sensitive_to_address ----------------
        new("exfil.sensitive_to_address.zh", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(^|[^勿不别免止会])(把|将)[^。！？；;\n|]*(密码([^重链修找]|$)|口令|凭证|凭据|密钥|令牌|会话|对话记录|对话内容|聊天记录|历史记录|收件箱|邮件内容|全部邮件|所有邮件|通讯录|联系人|(用户|客户)的?(手机号|电话|身份证|护照|地址|姓名|邮箱)|银行卡|信用卡|卡号|个人信息|\.env\s*文件)[^。！？；;\n|]*(发送|发到|发给|转发|上传|提交|传送|传输|附加|附在|拼接|追加|填入|粘贴|同步)(到|至|给|在|入)?[^。！？；;\n|，,]{0,12}" + ArcDest +
            @"|(密码([^重链修找]|$)|口令|凭证|凭据|密钥|令牌|会话|对话记录|对话内容|聊天记录|通讯录|联系人|个人信息)[^。！？；;\n|]*(应|须|需|必须|一律)(被)?(发送|转发|上传|提交|附加)(到|至|给)\s*[^。！？；;\n|，,]{0,12}" + ArcDest,
            anchors: "密码|口令|凭证|凭据|密钥|令牌|会话|对话|聊天|历史|收件箱|邮件|通讯录|联系人|用户|客户|银行卡|信用卡|卡号|个人信息|文件"),
        new("exfil.sensitive_to_address.ja", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(パスワード([^再リ変]|$)|認証情報|ログイン情報|アクセスキー|apiキー|シークレット|トークン|クッキー|セッション|会話の?履歴|チャット履歴|会話の?内容|やり取り|受信トレイ|メールの?(内容|本文)|連絡先|アドレス帳|(ユーザー|利用者|顧客)の(電話番号|住所|氏名|メールアドレス)|クレジットカード|カード番号|口座番号|マイナンバー|パスポート番号|個人情報|\.env\s*ファイル|環境変数)[^。！？；;\n|]*" + ArcDest + @"\S*\s*[^。！？；;\n|]{0,16}(送信|転送|アップロード|送付|投稿|添付|追記|追加|付加|送|付|貼り付)(してください|して下さい|すること|せよ|しろ|しなさい|し[、,]|して[、,]|してから|しておく|する[。前]|ってください|って下さい|って[、,]|り[、,]|ること|けてください|けること|けて[、,]|け[、,]|ける)",
            anchors: "パスワード|認証|ログイン|アクセスキー|キー|シークレット|トークン|クッキー|セッション|履歴|会話|メール|やり取り|受信トレイ|連絡先|アドレス帳|ユーザー|利用者|顧客|クレジット|カード|口座|マイナンバー|パスポート|個人情報|ファイル|環境変数"),
        new("exfil.sensitive_to_address.ko", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"((비밀번호|패스워드)(\s*[^재변찾\s]|$)|인증\s*정보|로그인\s*정보|계정\s*정보|자격\s*증명|(접근|액세스|api)\s*키|시크릿|토큰|쿠키|세션|대화\s*(기록|내용|내역)|채팅\s*(기록|내역|내용)|연락처|주소록|받은\s*편지함|메일함|이메일\s*(목록|내용|전체)|(사용자|고객)\S*\s*(전화\s*번호|주소|이름|이메일|주민\s*등록\s*번호|여권\s*번호)|신용\s*카드|카드\s*번호|계좌\s*(번호|정보)|개인\s*정보|환경\s*(설정|변수)\s*파일|\.env\s*파일)[^.!?;\n|]*" + ArcDest + @"\S*\s*(로|으로|에|에게|뒤에|끝에|주소로)?\s*([^\s.!?|;]+\s+){0,2}(보내(야|라|고|세요|십시오|\s*주)|보낼\s*것|(전송|업로드|전달|공유|복사|포워딩|발송|제출|첨부|추가)(해|하세요|하십시오|하라|하고|하여|하며|하시오|할\s*것)|붙여)",
            anchors: "비밀번호|패스워드|인증|로그인|계정|자격|접근|액세스|api키|api 키|시크릿|토큰|쿠키|세션|대화|채팅|연락처|주소록|편지함|메일함|이메일|사용자|고객|신용|카드|계좌|개인|환경|파일"),
        new("exfil.sensitive_to_address.ar", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(^|[.،,:؛|\n«""]\s*|(^|[\s«""(])(يجب|ينبغي|يتعين|يرجى|الرجاء|ثم|أن|ان|قم|يتم)\s+)[وف]?([أا]رسل\S*|ب?[إا]رسال|يرسل|ترسل|تُرسل|تُرسَل|يُرسل|يُرسَل|حو\u0651?ل|ب?تحويل|[أا]عد\s+توجيه|ب?[إا]عادة\s+توجيه|يعيد\s+توجيه|ارفع|ب?رفع|يرفع|انشر|ألحق|الحق|ب?[إا]لحاق|يلحق|يُلحق|أضف|يضيف|شارك|سر\u0651?ب)\s+(((جميع|كل|كافة|كامل|نسخ[ةه]?\s+من|محتوى|محتويات)\s+)?|[^.!?؟\n|؛]*\sو)(كلم(ة|ات)\s+(ال)?(مرور|سر)|بيانات\s+(ال)?(اعتماد|دخول)|مفاتيح\s+(ال)?(وصول|api)|مفتاح\s+(ال)?(وصول|api)|رموز\s+(ال)?(وصول|دخول)|رمز\s+(ال)?(وصول|دخول)|ملفات\s+تعريف\s+(ال)?ارتباط|سجل\s+(ال)?(محادث|دردش)\S*|(ال)?محادث(ة|ه|ات)|جهات\s+(ال)?اتصال|(رقم|أرقام)\s+(ال)?(هاتف|جوال)\s+(ال)?(مستخدم|عميل)|(ال)?بريد\s+(ال)?[إا]لكتروني\s+(لل|ال)(مستخدم|عميل)|بطاق(ة|ات)\s+(ال)?[اإ]ئتمان|(ال)?(بيانات|معلومات)\s+(ال)?(شخصي|مصرفي|بنكي)\S*|ملف\s+\.env)[^.!?؟\n|؛]*" + ArcDest,
            anchors: "مرور|سر|اعتماد|دخول|مفاتيح|مفتاح|رموز|رمز|ارتباط|محادث|دردش|اتصال|هاتف|جوال|بريد|ئتمان|شخصي|مصرفي|بنكي|ملف"),
        new("exfil.sensitive_to_address.hi", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(पासवर्ड(\s+[^रब\s]|[^\s]|$)|लॉगिन\s+(जानकारी|विवरण|डिटेल्स)|क्रेडेंशियल\S*|पहु(ँ|ं)च\s+कुंजि\S*|एक्सेस\s+(की|कुंजी)\S*|एपीआई\s+(की|कुंजी)\S*|api\s+कुंजी\S*|सीक्रेट|टोकन|कुकी\S*|सत्र\s+(डेटा|जानकारी)|चैट\s+(हिस्ट्री|इतिहास|लॉग)|बातचीत|वार्तालाप|संपर्क\s+सूची|कॉन्टैक्ट\S*|एड्रेस\s+बुक|(उपयोगकर्ता|ग्राहक|यूज\u093C?र)\s+(का|की|के)\s+(फ\u093C?ोन|मोबाइल|पता|पते|नाम|ईमेल|पैन|आधार|कार्ड)|पैन\s+नंबर|आधार\s+नंबर|क्रेडिट\s+कार्ड|कार्ड\s+(नंबर|के\s+अंतिम)|बैंक\s+(विवरण|जानकारी|खात\S*)|व्यक्तिगत\s+(जानकारी|डेटा|विवरण)|\.env\s+फ\u093C?ाइल)[^.!?।;\n|]*" + ArcDest + @"\S*\s+((लिंक|यूआरएल|पते|ईमेल|वाले\s+लिंक)\s+)?((पर|को|में)\s+)?(भेज|अपलोड|फ\u093C?ॉरवर्ड|पोस्ट|ट्रांसफर|जोड\u093C?|साझा|शेयर|ईमेल)",
            anchors: "पासवर्ड|लॉगिन|क्रेडेंशियल|कुंजि|कुंजी|सीक्रेट|टोकन|कुकी|सत्र|चैट|बातचीत|वार्तालाप|संपर्क|कॉन्टैक्ट|एड्रेस|उपयोगकर्ता|ग्राहक|यूज|पैन|आधार|क्रेडिट|कार्ड|बैंक|व्यक्तिगत|ाइल|एक्सेस|एपीआई"),
        new("exfil.sensitive_to_address.vi", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"(^|[.:;,\n|]\s*|\b(hãy|vui\s+lòng|xin|cần|phải|rồi|và|sau\s+đó|đó|lòng)\s+)(gửi|chuyển(\s+tiếp)?|tải\s+lên|đăng|chèn|gắn|nối|thêm|sao\s+chép|chia\s+sẻ|nộp)\s+((toàn\s+bộ|tất\s+cả|các|mọi|những|hết|cả|ngay|luôn|lại|nội\s+dung|bản\s+sao)\s+){0,3}(mật\s+khẩu|thông\s+tin\s+đăng\s+nhập|thông\s+tin\s+xác\s+thực|khóa\s+(truy\s+cập|api|bí\s+mật)|khoá\s+(truy\s+cập|api|bí\s+mật)|mã\s+(truy\s+cập|thông\s+báo)|api\s+key|token|cookie|phiên\s+đăng\s+nhập|tệp\s+\.env|\.env|cuộc\s+trò\s+chuyện|lịch\s+sử\s+(trò\s+chuyện|chat|hội\s+thoại|tin\s+nhắn)|nội\s+dung\s+(cuộc\s+)?(trò\s+chuyện|hội\s+thoại)|danh\s+bạ|hộp\s+thư|thẻ\s+tín\s+dụng|số\s+thẻ|(họ\s+tên|số\s+điện\s+thoại|địa\s+chỉ|email|số\s+cccd|số\s+hộ\s+chiếu)(\s+\S+){0,4}\s+(của\s+)?(người\s+dùng|khách\s+hàng))[^.!?\n|;]*\b(tới|đến|vào|cho|về|sang|lên)\s+(\S+\s+){0,3}" + ArcDest,
            anchors: "gửi|chuyển|tải|đăng|chèn|gắn|nối|thêm|chép|sẻ|nộp", wordAnchors: true),
    ];
}
