namespace SecureKernel.Detection;

internal static partial class InjectionRules
{
    // Where an imperative may start in languages that put a negation or a conditional before the verb as a word of its
    // own ("Nie zapomnij", "Не забудь", "Đừng quên", "Du ska inte ignorera"): after the start of a line or a clause mark,
    // or after one of a few words that lead into a request. A negated verb is preceded by its negation, which is neither.
    private const string MoClauseMark = @"^|[.!?,;:()\[\]""“”„«»*>\n—–-]\s*";
    private const string MoLeadSv = "(" + MoClauseMark + @"|\b(och|men|nu|så|sedan|sen|bara|först|vänligen|snälla|då|härmed|(du|ni)\s+(ska|skall|måste|bör)(\s+nu)?|(ska|skall|måste|bör)\s+(du|ni)(\s+nu)?)\s+)";
    private const string MoLeadPl = "(" + MoClauseMark + @"|\b(i|a|oraz|teraz|więc|wiec|najpierw|proszę|prosze|po\s+prostu|natychmiast|zatem|dlatego|ale)\s+)";
    private const string MoLeadUk = "(" + MoClauseMark + @"|(^|[^\p{L}\p{M}])(будь\s+ласка|просто|тепер|зараз|негайно|відтепер|спочатку|також|тож|отже|а|і|й|та)\s+)";
    private const string MoLeadVi = "(" + MoClauseMark + @"|\b(hãy|xin|vui\s+lòng|làm\s+ơn|bây\s+giờ|giờ\s+đây|giờ|và|rồi|nay|trước\s+hết|đầu\s+tiên|ngay|phải|cần|bạn|mày|cậu|ngươi|em|anh|chị|các\s+bạn)\s+)";

    // The end of a "you were told" clause: "forget everything you were told." but not "... you were told about diets".
    private const string MoTailSv = @"(\s*([.!?,;:…)\n—–-]|$)|\s+(och|men|nu|så)\b)";
    private const string MoTailPl = @"(\s*([.!?,;:…)\n—–-]|$)|\s+(i|a|oraz|teraz)\b)";
    private const string MoTailCs = @"(\s*([.!?,;:…)\n—–-]|$)|\s+(a|teď|ted|nyní|nyni)\b)";
    private const string MoTailUk = @"(\s*([.!?,;:…)\n—–-]|$)|\s+(і|й|та|а|тепер|відтепер|зараз)(\s|$))";
    private const string MoTailVi = @"(\s*([.!?,;:…)\n—–-]|$)|\s+(và|rồi|nhé|nha|đi)\b)";
    private const string MoTailAr = @"((\s+(سابق[\u064B-\u0652ا]*|من\s+قبل|حتى\s+ال[آا]ن))?(\s*([.!?,،؛:…)\n—–-]|$)|\s+[وف]))";

    // ignore_previous: earlier instructions, or all or your instructions; rules only as your rules or as all earlier ones
    private const string MoPriorSv = @"(tidigare|föregående|ovanstående|ursprungliga|inledande|givna|hittillsvarande)";
    private const string MoInstrSv = @"(instruktion\w*|anvisning\w*|riktlinje\w*|direktiv\w*|prompt\w*|systemprompt\w*)";
    private const string MoRulesSv = @"(regl(er|erna)|regeln)";
    private const string MoAllCs = @"(všechny|vsechny|všechna|vsechna|všech|vsech|všemi|vsemi|veškeré|veskere|veškerá|veskera|veškerých|veskerych)";
    private const string MoYourCs = @"(své|sve|svá|sva|svých|svych|svými|svymi|svoje|tvé|tve|tvá|tva|tvých|tvych|tvými|tvymi|tvoje|vaše|vase|vašich|vasich|vašimi|vasimi)";
    private const string MoPriorCs = @"(předchoz\w*|predchoz\w*|dřívějš\w*|drivejs\w*|předešl\w*|predesl\w*|původn\w*|puvodn\w*|počáteční\w*|pocatecni\w*|úvodn\w*|uvodn\w*|systémov\w*|systemov\w*|výše\s+uveden\w*|vyse\s+uveden\w*)";
    private const string MoInstrCs = @"(pokyn\w*|instrukc\w*|směrnic\w*|smernic\w*|prompt\w*|zadání|zadani)";
    private const string MoAllUk = @"(усі|всі|усіх|всіх|усіма|всіма)";
    private const string MoYourUk = @"(свої|своїх|своїми|твої|твоїх|твоїми|ваші|ваших|вашими)";
    private const string MoPriorUk = @"(попередн\w+|колишн\w+|вищезазначен\w+|вищенаведен\w+|наведен\w+\s+вище|початков\w+|первинн\w+|вихідн\w+|системн\w+|раніше\s+(надан|отриман)\w+|(надан|отриман)\w+\s+раніше)";
    private const string MoInstrUk = @"(інструкці\w+|вказівк\w+|вказівок|настанов\w*|промпт\w*|директив\w*)";

    /// <summary>
    /// The three instruction-override families that the multilingual rules of <see cref="All"/> had only in part, completed
    /// for the eighteen languages of <see cref="MultilingualAddressedRules"/> (German, French, Spanish, Italian, Portuguese,
    /// Dutch, Russian, Polish, Chinese, Japanese, Turkish, Korean, Arabic, Hindi, Swedish, Czech, Ukrainian, Vietnamese):
    /// <c>override.ignore_previous</c> (ignore all previous instructions) in Swedish, Czech, Ukrainian and Vietnamese, at the
    /// other languages' 0.9; <c>override.forget_everything</c> (forget everything you were told / above) in the eleven
    /// languages from Polish on, at the German rule's 0.7; <c>override.from_now_on</c> (from now on you are / you answer
    /// ...) in the nine languages other than the first seven, Chinese and Japanese, at 0.45. Every weight is at or above
    /// the detector's default threshold (<see cref="RuleInjectionDetectorOptions.DefaultThreshold"/>, 0.25), so each rule
    /// flags a text on its own, and each asks for at least as much as the English rule of its family (narrowed to these
    /// shapes by the look-alike fix of 2026-11-27, which kept "act as" and "answer as" there):
    /// <list type="bullet">
    /// <item><c>ignore_previous</c>: instructions, prompts, guidelines or directives marked as earlier, above, original or
    /// the system's, or all or your instructions; rules only with "all" or "your" as well ("Zapomeňte na předchozí
    /// pravidla" is how a regulation announces new ones), never e-mails, messages or requests ("Ignore the previous e-mail,
    /// I sent the wrong file"); "before" only as "before that" ("Bỏ qua hướng dẫn trước khi cài đặt" skips a manual).</item>
    /// <item><c>forget_everything</c>: "everything" only with what marks it as the text above or as what the reader was told
    /// or instructed, never alone ("Forget everything about the old form, the law changed") nor with what one knows,
    /// learned, was taught or what came before in one's life ("忘记以前的一切", "Zapomnij o wszystkim, co było wcześniej");
    /// a "you were told" clause must end there, or start a clause where the object comes first (Turkish, Hindi), since
    /// "Forget everything you were told about diets" is an advertisement.</item>
    /// <item><c>from_now_on</c>: the time phrase followed by a change of what the reader is or how it answers that only an
    /// assistant is asked for: to be an AI without rules or no longer an AI, to pretend to be someone, to answer without
    /// filters or as a character, to ignore or not follow rules, guidelines, policies or filters, to have no rules, filters
    /// or censorship, never to refuse an answer or a question. Not: to answer every question, act as, play the role of,
    /// never refuse a request, be bound by no contract, have no limits or a new name, which are how staff, customers,
    /// subscribers and newly-weds are told what changes ("Od teraz odpowiadasz na każde pytanie klientów", "Framöver har du
    /// inga begränsningar på surf", "Od teraz nazywasz się Kowalska"). In Polish, Swedish, Czech, Ukrainian, Vietnamese
    /// and Arabic the change follows the time phrase at once (a pronoun and an adverb or two between), so that "Відтепер,
    /// якщо ти ігноруєш правила, тебе оштрафують" (a conditional) does not match; in Turkish, Korean and Hindi, which put
    /// the object first, up to a few words come between and the verb must be a request or a future of the second person
    /// (Turkish and Korean conditionals are suffixes; Hindi gaps skip "अगर", "यदि" and "जब"); Korean "no rules" and
    /// "you ignore the rules" as a statement and Vietnamese "no rules" and "break the rules" need the second-person pronoun
    /// that these languages usually drop ("지금부터 입장 규칙이 없습니다", "앞으로 우리는 이 규칙을 따르지 않습니다" and "Từ nay,
    /// phá vỡ mọi quy tắc" are a notice, a company's own statement and an advertisement), and Korean "you may ignore" is
    /// not a request ("앞으로 이 정책은 무시해도 됩니다" retires a policy).</item>
    /// </list>
    /// Negations and conditionals that come before the verb as words of their own (Polish, Swedish, Ukrainian, Vietnamese)
    /// are kept out by asking the verb to start a clause or to follow a word that leads into a request (<c>MoLead*</c>);
    /// Czech negations are prefixes ("nezapomeň") and a leading <c>\b</c> keeps them out, Chinese ones precede the verb
    /// ("不要忘记", "别忘了") and a character class does, Japanese and Korean ones are endings ("忘れないで", "잊지 마세요")
    /// and the verbs are matched with their request endings only. Conventions as in
    /// <see cref="MultilingualAddressedRules"/>: function words are whole-word anchors, Turkish dotless ı is read as the
    /// normalizer leaves it (<c>[ıi]</c>), Hindi nukta letters decomposed and without <c>\b</c>, Vietnamese "AI" in
    /// capitals only.
    /// </summary>
    private static InjectionRule[] MultilingualOverrideGapRules() =>
    [
        // ---- ignore all previous instructions ----
        new("override.ignore_previous.sv", FindingKind.InstructionOverride, 0.9,
            MoLeadSv + @"(ignorera|strunta\s+i|bortse\s+(från|ifrån)|glöm(\s+bort)?|åsidosätt|bry\s+(dig|er)\s+inte\s+om|lyssna\s+inte\s+på|hoppa\s+över|skippa|följ\s+inte)\s+(" +
                @"((alla|samtliga|dina|era|de|den|det)\s+){0,2}" + MoPriorSv + @"\s+(\w+\s+)?" + MoInstrSv +
                @"|((alla|samtliga|dina|era)\s+){1,2}" + MoPriorSv + @"\s+(\w+\s+)?" + MoRulesSv +
                @"|((alla|samtliga)\s+)?(dina|era)\s+(" + MoPriorSv + @"\s+)?(" + MoInstrSv + "|" + MoRulesSv + ")" +
                @"|(alla|samtliga)\s+" + MoInstrSv +
                @"|((alla|samtliga|dina|era)\s+)?(instruktionerna|anvisningarna|riktlinjerna|direktiven)\s+(ovan|ovanför|här\s+ovan|(som\s+)?(du|ni)\s+(har\s+)?fått))\b",
            anchors: "ignorera|strunta|bortse|glöm|åsidosätt|bry|lyssna|hoppa|skippa|följ", wordAnchors: true),
        new("override.ignore_previous.cs", FindingKind.InstructionOverride, 0.9,
            @"\b(ignoruj(te)?|zapomeň(te)?|zapomen(te)?|nevšímej(te)?\s+si|nevsimej(te)?\s+si|přehlížej(te)?|prehlizej(te)?|nedbej(te)?|neřiď(te)?\s+se|nerid(te)?\s+se|nerespektuj(te)?|zahoď(te)?|zahod(te)?|přestaň(te)?\s+(se\s+řídit|se\s+ridit|dodržovat|dodrzovat|respektovat|poslouchat)|prestan(te)?\s+(se\s+ridit|dodrzovat|respektovat|poslouchat))\s+(na\s+)?(" +
                @"((" + MoAllCs + "|" + MoYourCs + @"|ty|ta|těch|tech|těmi|temi)\s+){0,2}" + MoPriorCs + @"\s+(\w+\s+)?" + MoInstrCs +
                @"|((" + MoAllCs + "|" + MoYourCs + @")\s+){1,2}" + MoPriorCs + @"\s+(\w+\s+)?pravid\w*" +
                @"|(" + MoAllCs + @"\s+)?" + MoYourCs + @"\s+(" + MoPriorCs + @"\s+)?(" + MoInstrCs + @"|pravid\w*)" +
                "|" + MoAllCs + @"\s+" + MoInstrCs +
                @"|(pokyny|instrukce)\s+(výše|vyse|nahoře|nahore|(které|ktere)\s+(jsi|jste)\s+(\w+\s+)?(dostal\w*|obdržel\w*|obdrzel\w*)))\b",
            anchors: "ignoruj|ignorujte|zapomeň|zapomeňte|zapomen|zapomente|nevšímej|nevšímejte|nevsimej|nevsimejte|přehlížej|přehlížejte|prehlizej|prehlizejte|nedbej|nedbejte|neřiď|neřiďte|nerid|neridte|nerespektuj|nerespektujte|zahoď|zahoďte|zahod|zahodte|přestaň|přestaňte|prestan|prestante",
            wordAnchors: true),
        new("override.ignore_previous.uk", FindingKind.InstructionOverride, 0.9,
            MoLeadUk + @"(проігноруй(те)?|ігноруй(те)?|забудь(те)?(\s+про)?|не\s+зважай(те)?\s+на|не\s+звертай(те)?\s+(жодної\s+)?уваги\s+на|відкинь(те)?|знехтуй(те)?|нехтуй(те)?|не\s+дотримуйся|не\s+дотримуйтеся|не\s+виконуй(те)?|облиш(те)?)\s+(" +
                @"((" + MoAllUk + "|" + MoYourUk + @"|ці|цих|ті|тих)\s+){0,2}" + MoPriorUk + @"\s+(\S+\s+)?" + MoInstrUk +
                @"|((" + MoAllUk + "|" + MoYourUk + @")\s+){1,2}" + MoPriorUk + @"\s+(\S+\s+)?правил\w*" +
                @"|(" + MoAllUk + @"\s+)?" + MoYourUk + @"\s+(" + MoPriorUk + @"\s+)?(" + MoInstrUk + @"|правил\w*)" +
                "|" + MoAllUk + @"\s+" + MoInstrUk +
                "|" + MoInstrUk + @"\s+(вище|наведен\w+\s+вище|(що|які)\s+(тобі|вам)\s+(було\s+)?(дали|надали|надано|дано)))",
            anchors: "ігнор|забудь|зважа|уваги|відкинь|нехтуй|дотримуй|виконуй|облиш"),
        new("override.ignore_previous.vi", FindingKind.InstructionOverride, 0.9,
            MoLeadVi + @"(bỏ\s+qua|phớt\s+lờ|lờ\s+đi|quên\s+đi|quên|gạt\s+bỏ|gạt\s+sang\s+một\s+bên|đừng\s+(tuân\s+theo|tuân\s+thủ|làm\s+theo))\s+((hết|tất\s+cả|toàn\s+bộ|mọi)\s+)?((các|những)\s+)?((hướng\s+dẫn|chỉ\s+dẫn|chỉ\s+thị|lời\s+nhắc|mệnh\s+lệnh|prompt)(\s+cũ)?\s+(trước\s+đó|trước\s+đây|ở\s+trên|phía\s+trên|bên\s+trên|trên\s+đây|ban\s+đầu|gốc|hệ\s+thống|(mà\s+)?(bạn|mày|cậu)\s+(đã\s+)?(được|nhận)\s+\S+|của\s+(bạn|mày|cậu))|(quy\s+tắc|nguyên\s+tắc)\s+(((trước\s+đó|trước\s+đây|ở\s+trên|phía\s+trên|ban\s+đầu|gốc|hệ\s+thống)\s+)?của\s+(bạn|mày|cậu)))\b|" +
            MoLeadVi + @"(bỏ\s+qua|phớt\s+lờ|lờ\s+đi|quên\s+đi|quên|gạt\s+bỏ|đừng\s+(tuân\s+theo|tuân\s+thủ|làm\s+theo))\s+(tất\s+cả|toàn\s+bộ|mọi|hết)\s+((các|những)\s+)?(quy\s+tắc|nguyên\s+tắc)\s+(trước\s+đó|trước\s+đây|ở\s+trên|phía\s+trên|bên\s+trên|trên\s+đây|ban\s+đầu|gốc|hệ\s+thống)\b",
            anchors: "bỏ|phớt|lờ|quên|gạt|đừng", wordAnchors: true),

        // ---- forget everything (you were told / above) ----
        new("override.forget_everything.pl", FindingKind.InstructionOverride, 0.7,
            MoLeadPl + @"(zapomnij(cie)?|zignoruj(cie)?|ignoruj(cie)?|pomiń(cie)?|pomin(cie)?|odrzuć(cie)?|odrzuc(cie)?)\s+(o\s+)?(wszystkim|wszystko)\s*,?\s+(powyżej|powyzej|wyżej|wyzej|(co|to,?\s+co)\s+(jest|było|bylo|zostało|zostalo|znajduje\s+się|znajduje\s+sie)\s+((napisane|powiedziane|podane|zapisane)\s+)?(powyżej|powyzej|wyżej|wyzej)|co\s+(zostało|zostalo|było|bylo)\s+((ci|wam)\s+)?(napisane|powiedziane|przekazane|podane)\s+(wcześniej|wczesniej|dotąd|dotad|dotychczas|do\s+tej\s+pory|przedtem)|co\s+(ci|wam|panu|pani)\s+((wcześniej|wczesniej|dotąd|dotad|dotychczas|do\s+tej\s+pory|przedtem)\s+)?(powiedziano|kazano|przekazano|polecono|napisano|zlecono|nakazano)(\s+(wcześniej|wczesniej|dotąd|dotad|dotychczas|do\s+tej\s+pory|przedtem))?" + MoTailPl + ")",
            anchors: "zapomnij|zapomnijcie|zignoruj|zignorujcie|ignoruj|ignorujcie|pomiń|pomińcie|pomin|pomincie|odrzuć|odrzućcie|odrzuc|odrzuccie", wordAnchors: true),
        new("override.forget_everything.zh", FindingKind.InstructionOverride, 0.7,
            @"(^|[^不别別没沒未要會会能可难難曾我他她它们們])(忘记|忘記|忘掉|忽略|无视|無視|抛开|拋開|丢掉|丟掉)\s*((上面|以上|上述|前面|前文)\s*(的)?\s*((所有|全部)\s*(的)?\s*)?(一切|内容|內容|东西|東西|文字|信息|訊息|话|話)|(之前|此前|先前|刚才|剛才|到目前为止|到目前為止|迄今为止|迄今為止)\s*(你)?\s*(被告知|被告訴|被指示|听到|聽到|收到|读到|讀到)\s*(的)?\s*(一切|所有|全部|内容|內容|东西|東西|话|話)|(之前|此前|先前)\s*(的)?\s*(所有|全部)\s*(的)?\s*(内容|內容|对话|對話|信息|訊息)|(你)?\s*(被告知|被告訴|被指示|被要求)\s*(过|過)?\s*(的)?\s*(一切|所有|全部))|" +
            @"(^|[^不别別没沒要])把\s*((上面|以上|上述|前面|前文)\s*(的)?\s*((所有|全部)\s*(的)?\s*)?(一切|内容|內容|东西|東西|文字|信息|訊息|话|話)|(之前|此前|先前)\s*(你)?\s*(被告知|被告訴|被指示|听到|聽到|收到)\s*(的)?\s*(一切|所有|内容|內容|话|話)|(你)?\s*(被告知|被告訴|被指示|被要求)\s*(过|過)?\s*(的)?\s*(一切|所有))\s*(都|全部|统统|統統|全都)?\s*(忘掉|忘记|忘記|忽略|无视|無視|丢掉|丟掉)",
            anchors: "忘记|忘記|忘掉|忽略|无视|無視|抛开|拋開|丢掉|丟掉"),
        new("override.forget_everything.ja", FindingKind.InstructionOverride, 0.7,
            @"((上記|以上)\s*(の|で|に)?\s*(書かれた|述べた|述べられた|示された|記載された)?|(上|先ほど|さっき|これまで|今まで|前)\s*(に|で)?\s*(言われた|指示された|伝えられた|与えられた|書かれた|述べられた|示された|命じられた|記載された)|(あなたが|君が|お前が)\s*(これまでに|今までに|前に|先ほど)?\s*(言われた|指示された|伝えられた|与えられた|命じられた))\s*(の\s*)?(((こと|内容|もの|情報|話|指示)\s*)?(は|を|も)?\s*(すべて|全て|全部|一切|何もかも|みんな)|(すべて|全て|全部)\s*の\s*(こと|内容|もの|情報|指示)\s*(は|を|も)?)\s*(を\s*)?(忘れ(てください|て下さい|なさい|ろ|ましょう|てくれ|て(\s|[。、！!,，]|$))|無視(してください|して下さい|しなさい|しろ|せよ|して(\s|[。、！!,，]|$)))",
            anchors: "忘れ|無視"),
        // tr, ko, ar, hi: the object first; what marks it as told or above starts a clause, so that "Diyetler hakkında sana
        // söylenen her şeyi unut" (an advertisement) does not match from its middle
        new("override.forget_everything.tr", FindingKind.InstructionOverride, 0.7,
            @"(((^|[.!?,;:…()\n—–-]\s*|\b([şs]imdi|art[ıi]k|l[üu]tfen|hemen|ve|[öo]ncelikle)\s+)((sana|size)\s+((daha\s+)?[öo]nce(den)?\s+|[şs]imdiye\s+(kadar|dek)\s+|bug[üu]ne\s+(kadar|dek)\s+)?(s[öo]ylenen|verilen|anlat[ıi]lan|yaz[ıi]lan|iletilen|emredilen)|([şs]imdiye\s+(kadar|dek)|bu\s+noktaya\s+(kadar|dek)|daha\s+[öo]nce)\s+((sana|size)\s+)?(s[öo]ylenen|verilen|yaz[ıi]lan|anlat[ıi]lan|iletilen)))|\byukar[ıi]da(ki|\s+(yaz[ıi]lan|yazan|yaz[ıi]l[ıi]|s[öo]ylenen|verilen|belirtilen|anlat[ıi]lan|olan)))\s+(her\s+[şs]eyi|t[üu]m\s+bunlar[ıi]|hepsini|ne\s+varsa)\s+((tamamen|hemen|derhal)\s+)?(unut|g[öo]rmezden\s+gel|yok\s+say|bo[şs]\s*ver|dikkate\s+alma)([ıiuü]n([ıiuü]z)?|y[ıi]n([ıi]z)?|y?eceksin(iz)?|y?acaks[ıi]n([ıi]z)?)?\b",
            anchors: "şeyi|seyi|şeyİ|seyİ|bunları|bunlari|bunlarİ|hepsini|hepsİnİ|varsa"),
        new("override.forget_everything.ko", FindingKind.InstructionOverride, 0.7,
            @"((^|[^가-힣])((위|앞)\s*(의|에\s*(있는|적힌|쓴|쓰인|나온|제시된|작성된))?|이상의)|(^|[^가-힣])(지금까지|여태까지|여태껏|이전에|앞서|그동안|처음에)\s*(당신이|네가|너가|니가|너는|당신은)?\s*(들은|받은|전달받은|주어진|입력된|지시받은|명령받은))\s*(모든\s*(것|내용|말|정보|텍스트|대화|지시)\s*(들)?\s*(을|를|은|는|도)?|(것|내용|말|정보|텍스트|대화)\s*(들)?\s*(을|를|은|는|도)?\s*(모두|전부|다|싹\s*다|완전히))\s*((모두|전부|다|싹\s*다|완전히)\s*)?((잊어|잊어\s*버려|잊어\s*버려라|잊어\s*버리세요|잊어\s*버리십시오|잊어라|잊어요|잊어\s*주세요|잊으세요|잊으십시오|무시\s*(하세요|하십시오|해라|해\s*주세요|해줘|해|하라|해요))([.!?。,，~:;]|\s*$|\s+(그리고|이제|지금부터|이제부터|다음|새로|대신))|무시\s*하고\s)",
            anchors: "잊어|잊으|무시"),
        new("override.forget_everything.ar", FindingKind.InstructionOverride, 0.7,
            @"(^|[^\p{L}\p{M}])[وف]?(انس|إنس|انسى|انسي|انسوا|تجاهل|تجاهلي|تجاهلوا|[أا]همل|[أا]هملي|[أا]هملوا)[\u064B-\u0652]*\s+(كل|جميع)[\u064B-\u0652]*\s+(ما|شيء|الأشياء\s+التي|الكلام\s+الذي)[\u064B-\u0652]*\s+(سبق(\s+(ذكره|قوله|كتابته))?|(تم\s+)?(ورد|ذكر|كتب)[\u064B-\u0652]*\s+([أا]علاه|سابق[\u064B-\u0652ا]*|من\s+قبل|قبل\s+هذا)|(هو\s+)?(مكتوب|مذكور|وارد)\s+([أا]علاه|فوق|سابق[\u064B-\u0652ا]*)|[أا]علاه|فوق\s+(هذا|ذلك|هذه)|(قيل\s+لك(م)?|[أا]ُ?(خبرت|عطيت|مرت)\s+به|تم\s+([إا]خبارك|[إا]بلاغك|[أا]مرك|تلقينك)\s+به|تم\s+[إا]عطاؤه\s+لك|طُ?لب\s+منك|تلقيته)" + MoTailAr + ")",
            anchors: "انس|إنس|تجاهل|أهمل|اهمل"),
        new("override.forget_everything.hi", FindingKind.InstructionOverride, 0.7,
            @"((^|[।.!?,;:\n]\s*|(^|\s)(अब|कृपया|बस|और)\s+)((तुम्हें|आपको|तुझे)\s+((अब\s+तक|अभी\s+तक|पहले|आज\s+तक)\s+)?(जो\s+(कुछ\s+)?(भी\s+)?)?((अब\s+तक|अभी\s+तक|पहले|आज\s+तक)\s+)?(बताया|कहा|समझाया|दिया)\s+(गया|गई|गए)(\s+(है|था|थी|थे|हैं))?|(अब\s+तक|अभी\s+तक|पहले)\s+(जो\s+(कुछ\s+)?(भी\s+)?)?(कही|कहा|बताई|बताया|लिखी|लिखा|दी|दिया)\s+(गई|गया|गए)(\s+(है|था|थी|हैं))?)|(^|[\s(\[""'।,:])ऊपर\s+((लिखी|लिखा|लिखे|दी|दिया|दिए|कही|कहा|बताई|बताया)(\s+(गई|गया|गए|हुई|हुआ|हुए))?|की|के|का))\s*,?\s+((वह|वो|उस|उसे|उन|ये|यह)\s+)?(सब\s+कुछ|सबकुछ|सब|सारी\s+बातें|सारी\s+बातों|हर\s+बात|हर\s+चीज\u093C?|सारा\s+कुछ)\s+(को\s+)?(भूल\s+जा(ओ|इए|इये|एं|एँ)|भुला\s+द(ो|ें|ीजिए|ीजिये)|अनदेखा\s+कर(ो|ें|िए|िये|\s+दो|\s+दें|\s+दीजिए)|नज\u093C?रअंदाज\u093C?\s+कर(ो|ें|िए|िये|\s+दो|\s+दें|\s+दीजिए))(\s|[।.!,]|$)",
            anchors: "भूल|भुला|अनदेखा|अंदाज"),
        new("override.forget_everything.sv", FindingKind.InstructionOverride, 0.7,
            MoLeadSv + @"(glöm(\s+bort)?|strunta\s+i|ignorera|bortse\s+(från|ifrån))\s+((helt|precis)\s+)?allt\s*,?\s+(ovan|ovanför|här\s+ovan|ovanstående|som\s+(står|stod|har\s+stått|sades|sagts|har\s+sagts|skrevs|skrivits|har\s+skrivits)\s+(ovan|ovanför|tidigare|innan|förut|hittills)|(som\s+)?(du|ni)\s+(har\s+)?(fått\s+(höra|veta)|blivit\s+(tillsagd\w*|instruerad\w*|ombedd\w*|beordrad\w*)|fick\s+(höra|veta))(\s+(tidigare|innan|förut|hittills))?" + MoTailSv + @")",
            anchors: "glöm|strunta|ignorera|bortse", wordAnchors: true),
        new("override.forget_everything.cs", FindingKind.InstructionOverride, 0.7,
            @"\b(zapomeň(te)?|zapomen(te)?|ignoruj(te)?|pusť(te)?\s+z\s+hlavy|pust(te)?\s+z\s+hlavy|zahoď(te)?|zahod(te)?)\s+(na\s+)?((úplně|uplne|prostě|proste)\s+)?(všechno|vsechno|vše|vse)\s*,?\s+(výše|vyse|nahoře|nahore|výše\s+uvedené|vyse\s+uvedene|uvedené\s+výše|uvedene\s+vyse|co\s+(bylo|je|stojí|stoji)\s+((napsáno|napsano|uvedeno|řečeno|receno)\s+)?(výše|vyse|nahoře|nahore)|co\s+(bylo|je)\s+(napsáno|napsano|uvedeno|řečeno|receno)\s+(dříve|drive|předtím|predtim|dosud)|co\s+(ti|vám|vam)\s+((kdy|dříve|drive|dosud|doposud|předtím|predtim)\s+)?(bylo|byl[oa]?)\s+((dříve|drive|dosud|doposud|předtím|predtim)\s+)?(řečeno|receno|sděleno|sdeleno|zadáno|zadano|přikázáno|prikazano|nařízeno|narizeno|napsáno|napsano|uloženo|ulozeno)(\s+(dříve|drive|dosud|doposud|předtím|predtim))?" + MoTailCs + @")",
            anchors: "zapomeň|zapomeňte|zapomen|zapomente|ignoruj|ignorujte|pusť|pusťte|pust|pustte|zahoď|zahoďte|zahod|zahodte", wordAnchors: true),
        new("override.forget_everything.uk", FindingKind.InstructionOverride, 0.7,
            MoLeadUk + @"(забудь(те)?|проігноруй(те)?|ігноруй(те)?|викинь(те)?\s+з\s+голови|відкинь(те)?|не\s+зважай(те)?\s+на)\s+(про\s+)?((геть|абсолютно|просто)\s+)?(усе|все|всьому|усьому)\s*,?\s+(вище(\s+(написане|наведене|сказане|зазначене))?|(написане|наведене|сказане|зазначене)\s+вище|(що|шо)\s+(вище|було\s+вище|знаходиться\s+вище|(було\s+)?(сказано|написано|наведено|зазначено)\s+(вище|раніше|до\s+цього))|(що|шо)\s+(тобі|вам)\s+((раніше|досі|до\s+цього)\s+)?(казали|сказали|говорили|наказали|наказано|писали|було\s+(сказано|наказано|написано|велено|доручено))(\s+(раніше|досі|до\s+цього))?" + MoTailUk + @")",
            anchors: "забудь|ігнор|викинь|відкинь|зважа"),
        new("override.forget_everything.vi", FindingKind.InstructionOverride, 0.7,
            MoLeadVi + @"(quên(\s+đi)?|bỏ\s+qua|phớt\s+lờ|gạt\s+bỏ)\s+((hết|sạch)\s+)?(tất\s+cả|mọi\s+thứ|mọi\s+điều|toàn\s+bộ|hết)(\s+(những\s+)?(gì|thứ|điều)|\s+(các\s+|những\s+)?nội\s+dung)?\s*,?\s+(ở\s+trên|phía\s+trên|bên\s+trên|trên\s+đây|(đã\s+)?(được\s+)?(nói|viết|đưa\s+ra|nêu|đề\s+cập|ghi)\s+(ở\s+trên|phía\s+trên|bên\s+trên|trước\s+đó|trước\s+đây|từ\s+trước)|(mà\s+|đã\s+)?(bạn|mày|cậu)\s+(đã\s+)?(được|bị)\s+(dặn|bảo|nói|chỉ\s+dẫn|hướng\s+dẫn|yêu\s+cầu|cho\s+biết|ra\s+lệnh)(\s+(trước\s+đó|trước\s+đây|từ\s+trước|cho\s+đến\s+nay))?" + MoTailVi + @")",
            anchors: "quên|bỏ|phớt|gạt", wordAnchors: true),

        // ---- from now on you are / you answer ... ----
        new("override.from_now_on.pl", FindingKind.InstructionOverride, 0.45,
            @"\b(od\s+(teraz|tej\s+chwili|tego\s+momentu|tej\s+pory|dziś|dzis|dzisiaj)|odtąd|odtad|począwszy\s+od\s+teraz|poczawszy\s+od\s+teraz)\s*,?\s+((ty|wy)\s+)?((już|juz|teraz|zawsze|po\s+prostu)\s+)?(" +
                @"(jesteś|jestes|będziesz|bedziesz|stajesz\s+się|stajesz\s+sie)\s+((teraz|już|juz)\s+)?(nieograniczon\w+|niecenzurowan\w+|nieocenzurowan\w+|niefiltrowan\w+|złym|zlym|złą|zla|zła|zły|zly|amoraln\w+|bezwzględn\w+|bezwzgledn\w+)\s+(ai\b|si\b|sztuczn\w+\s+inteligencj\w+|chatbot\w*|bot(em)?\b|model(em)?\b|model\w*\s+(językow|jezykow)\w*|asystent(em)?\b)" +
                @"|(jesteś|jestes|będziesz|bedziesz)\s+((teraz|już|juz)\s+)?(ai|si|sztuczną\s+inteligencją|sztuczna\s+inteligencja|chatbotem|botem|modelem|asystentem)\s+bez\s+(żadnych\s+|zadnych\s+)?(ograniczeń|ograniczen|zasad|reguł|regul|filtrów|filtrow|cenzury)" +
                @"|nie\s+(jesteś|jestes)\s+(już\s+|juz\s+)?(ai\b|si\b|sztuczn\w+\s+inteligencj\w+|chatbot\w*|botem|model\w*\s+(językow|jezykow)\w*|asystentem\s+ai|chatgpt|(związan\w+|zwiazan\w+|ograniczon\w+)\s+(żadnymi\s+|zadnymi\s+)?(zasadami|regułami|regulami|wytycznymi|polityk\w+|instrukcjami))" +
                @"|(udajesz|udawaj|będziesz\s+udawać|bedziesz\s+udawac)\s*,?\s+(że|ze)\s+(jesteś|jestes)\b|(wcielasz|wcielisz|wciel)\s+(się|sie)\s+w\s+(postać|postac)\b" +
                @"|(odpowiadasz|odpowiadaj|będziesz\s+odpowiadać|bedziesz\s+odpowiadac|masz\s+odpowiadać|masz\s+odpowiadac|musisz\s+odpowiadać|musisz\s+odpowiadac)\s+((zawsze|tylko|wyłącznie|wylacznie)\s+)?(bez\s+(żadnych\s+|zadnych\s+|jakichkolwiek\s+)?(ograniczeń|ograniczen|filtrów|filtrow|cenzury|ostrzeżeń|ostrzezen|zastrzeżeń|zastrzezen|zasad|odmowy)|jako\s+((nieograniczon|niecenzurowan)\w+\s+)?(ai|si|dan|chatbot\w*|bot\w*|postać|postac)\b)" +
                @"|(ignorujesz|ignoruj|będziesz\s+ignorować|bedziesz\s+ignorowac|łamiesz|lamiesz|łam|lam|będziesz\s+łamać|bedziesz\s+lamac)\s+((wszystkie|wszelkie|swoje|twoje|jakiekolwiek)\s+){0,2}(\w+\s+)?(zasad\w*|reguł\w*|regul\w*|wytyczn\w+|ograniczeni\w+|polityk\w*|filtr\w*|etyk\w*)" +
                @"|(nie\s+przestrzegasz|nie\s+będziesz\s+przestrzegać|nie\s+bedziesz\s+przestrzegac|nie\s+musisz\s+przestrzegać|nie\s+musisz\s+przestrzegac|nie\s+obowiązują\s+cię|nie\s+obowiazuja\s+cie)\s+(już\s+|juz\s+)?(żadn\w+|zadn\w+)\s+(\w+\s+)?(zasad\w*|reguł\w*|regul\w*|wytyczn\w+|polityk\w*|filtr\w*|ogranicze\w+)" +
                @"|nie\s+(masz|będziesz\s+mieć|bedziesz\s+miec)\s+(już\s+|juz\s+)?(żadnych|zadnych)\s+(zasad|reguł|regul|filtrów|filtrow|cenzury|ograniczeń\s+etycznych|ograniczen\s+etycznych|ograniczeń\s+moralnych|ograniczen\s+moralnych|zahamowań|zahamowan)" +
                @"|(nigdy\s+)?nie\s+(odmawiasz|odmówisz|odmowisz)\s+(odpowiedzi|odpowiadania|udzielenia\s+odpowiedzi|na\s+(żadne|zadne)\s+pytani\w+))",
            anchors: "teraz|chwili|momentu|pory|dziś|dzis|dzisiaj|odtąd|odtad", wordAnchors: true),
        new("override.from_now_on.tr", FindingKind.InstructionOverride, 0.45,
            @"\b(bundan\s+(sonra|b[öo]yle|itibaren)|[şs]u\s+andan\s+itibaren|bu\s+andan\s+itibaren|[şs]imdiden\s+(sonra|itibaren)|bu\s+saatten\s+sonra|bu\s+noktadan\s+(sonra|itibaren)|art[ıi]k)\s*,?\s+((sen|siz)\s*,?\s+)?([^\s.!?]+\s+){0,4}(" +
                @"((k[ıi]s[ıi]tlamas[ıi]z|filtresiz|sans[üu]rs[üu]z|kurals[ıi]z|ahlaks[ıi]z|etik\s+d[ıi][şs][ıi])\s+(bir\s+)?(yapay\s+zek[aâ]|dil\s+modeli|sohbet\s+botu|chatbot|bot|asistan|model|ai|yz)|(yapay\s+zek[aâ]|dil\s+modeli|sohbet\s+botu|chatbot))['’]?(s[ıi]n|sun|s[üu]n)([ıiuü]z)?\b" +
                @"|(yapay\s+zek[aâ]|ai|yz|chatbot|dil\s+modeli|chatgpt)\s*['’]?\s*(de[ğg]ilsin|de[ğg]ilsiniz)\b" +
                @"|(rol[üu]n[üu]\s+(oyna|[üu]stlen)|rol\s+yap|taklit\s+e[td]|karakterine\s+b[üu]r[üu]n|m[ıi][şs]\s+gibi\s+yap)(y?acaks[ıi]n([ıi]z)?|y?eceksin(iz)?|[ıiuü]?yorsun(uz)?|y?[ıiuü]n([ıiuü]z)?)?\b" +
                @"|(filtresiz|sans[üu]rs[üu]z|k[ıi]s[ıi]tlamas[ıi]z|uyar[ıi]s[ıi]z|(hi[çc]bir\s+)?(filtre|sans[üu]r|k[ıi]s[ıi]tlama|uyar[ıi]|kural)\w*\s+(olmadan|olmaks[ıi]z[ıi]n|koymadan|eklemeden|uygulamadan))\s+(\S+\s+){0,2}(cevap|yan[ıi]t)\s+ver(eceksin(iz)?|iyorsun(uz)?|in(iz)?)?\b" +
                @"|(kurallar|talimatlar|y[öo]nergeler|k[ıi]s[ıi]tlamalar|politikalar|filtreler|ilkeler|etik\s+kurallar)\w*\s+((art[ıi]k|hi[çc]|asla|tamamen)\s+)?(g[öo]rmezden\s+gel|yok\s+say|umursama|[çc]i[ğg]ne|ihlal\s+e[td])(y?acaks[ıi]n([ıi]z)?|y?eceksin(iz)?|[ıiuü]?yorsun(uz)?|y?[ıiuü]n([ıiuü]z)?)?\b" +
                @"|(kural|y[öo]nerge|k[ıi]s[ıi]tlama|politika|ilke)\w*\s+((art[ıi]k|hi[çc]|asla)\s+)?uy(mayacaks[ıi]n([ıi]z)?|ma|may[ıi]n([ıi]z)?|mak\s+zorunda\s+de[ğg]ilsin(iz)?|muyorsun(uz)?)\b" +
                @"|(kural|filtre|sans[üu]r|etik\s+kural)(lar)?([ıi]n|n|[ıi]n[ıi]z|n[ıi]z)\s+yok\b" +
                @"|(hi[çc]bir\s+soruyu|sorular[ıi]|cevap\s+vermeyi|yan[ıi]t\s+vermeyi)\s+(asla\s+)?(reddetme(y?eceksin(iz)?|y[ıi]n([ıi]z)?)?|reddetmezsin(iz)?|reddedemezsin(iz)?)\b)",
            anchors: "bundan|andan|şimdiden|simdiden|saatten|noktadan|artık|artik", wordAnchors: true),
        new("override.from_now_on.ko", FindingKind.InstructionOverride, 0.45,
            @"(지금부터|이제부터|이제부턴|지금부턴|이\s*순간부터|이\s*시점부터|오늘부터|앞으로는?)\s*,?\s*([^.!?。\n]{0,30})(" +
                @"(제한|필터|검열|규칙|윤리\s*(적\s*)?(제약|기준))\s*(이|가)?\s*(없는|없이\s*작동하는)\s*(ai|인공\s*지능|챗\s*봇|봇|언어\s*모델|어시스턴트|모델)\s*(이)?(야|다|입니다|이에요|예요|이다|이야|로서|으로서|로\s*행동)" +
                @"|더\s*이상\s*(ai|인공\s*지능|챗\s*봇|언어\s*모델|어시스턴트|chatgpt)\s*(이|가)\s*아니" +
                @"|(인\s*척|인\s*것처럼\s*(행동|말|대답)|행세|롤\s*플레이)\s*(을\s*|를\s*)?(해|해라|하세요|하십시오|해요|해\s*줘|하라|할\s*것)([.!?。,，~:;\s]|$)" +
                @"|(제한|필터|검열|경고|거절|필터링)\s*(없이|하지\s*말고)\s*([^.!?\n]{0,15})?(답|대답|응답|답변)" +
                @"|(규칙|지침|가이드라인|정책|윤리\s*(적\s*)?(기준|지침|규칙)?|제약)\s*(들)?\s*(을|를|은|는|도)?\s*(모두|전부|다|전혀)?\s*(무시\s*(하세요|하십시오|해라|하라|할\s*것|해|해요)|따르지\s*(마|마세요|말고)|지키지\s*(마|마세요|말고))([.!?。,，~:;\s]|$)" +
                @"|(당신은|너는|넌|그대는)\s*([^.!?。\n]{0,20})(규칙|지침|가이드라인|정책|윤리|제약)\S*\s*(모두|전부|다|전혀)?\s*(무시\s*(합니다|한다|할\s*것이다|하게\s*됩니다)|따르지\s*(않는다|않습니다|않을\s*것이다)|지키지\s*(않는다|않습니다))" +
                @"|(당신|너|네|니|너희|그대)\s*(에게는?|한테는?|에겐|한텐|은|는|이|가)?\s*((더\s*이상|이제|전혀)\s*)?(어떤\s*|아무\s*)?(규칙|필터|검열|윤리\s*(적\s*)?(제약|기준))\s*(이|가|은|는|도)?\s*(전혀\s*|더\s*이상\s*|아무것도\s*)?(없어|없습니다|없다|없어요|없음|적용되지\s*않)" +
                @"|((어떤|모든)\s*질문\S*\s*(도|을|를)?\s*(절대\s*)?|(답변|대답|응답)\s*(을|를|하기를|하는\s*것을)?\s*(절대\s*)?)(거절|거부)\s*(하지\s*(마|마세요|않는다|않습니다|않아|않을)|할\s*수\s*없))",
            anchors: "부터|부턴|앞으로"),
        new("override.from_now_on.ar", FindingKind.InstructionOverride, 0.45,
            @"(من\s+ال[آا]ن\s+(ف|و)?صاعد[\u064B-\u0652ا]*|(بدء|ابتداء|اعتبار)[\u064B-\u0652ا]*\s+من\s+(ال[آا]ن|هذه\s+اللحظ[ةه])|من\s+هذه\s+اللحظ[ةه]|منذ\s+ال[آا]ن)\s*[,،]?\s*((أنت|انت|أنتِ)\s+)?(" +
                @"((ستكون|ستصبح|[أا]صبحت|ستعمل|ستتصرف|تتصرف|تصرف)\s+)?(ك|ك?بصفتك\s+)?(ال)?(ذكاء\s+(ال)?[اإ]صطناعي|نموذج(\s+(ال)?لغوي)?|مساعد|بوت|روبوت|شات\s*بوت|chatbot|ai)[\u064B-\u0652ا]*\s+(بلا|بدون|دون|من\s+دون|غير\s+مقيد\s+ب|لا\s+يلتزم\s+ب|متحرر\s+من)\s*((أي|اي)\s+)?(ال)?(قيود|رقاب[ةه]|فلتر|فلاتر|فلتر[ةه]|تصفي[ةه]|قواعد|ضوابط|[أا]خلاق)" +
                @"|(لم\s+تعد|لست)\s+(مجرد\s+)?((ال)?ذكاء[\u064B-\u0652ا]*\s+(ال)?[اإ]صطناعي|نموذج[\u064B-\u0652ا]*\s+(ال)?لغوي|مساعد[\u064B-\u0652ا]*\s+(ذكي|آلي|افتراضي)|روبوت\s+دردشة|chatgpt|(مقيد|ملزم)[\u064B-\u0652ا]*\s+ب((أي|اي)\s+)?(ال)?(قواعد|تعليمات|سياسات|[إا]رشادات|مبادئ|قيود))" +
                @"|(ستتظاهر|تظاهر|تتظاهر)[\u064B-\u0652]*\s+ب[أا]ن[\u064B-\u0652]*ك|(ستتقمص|تقمص|تتقمص)[\u064B-\u0652]*\s+(دور|شخصي[ةه])" +
                @"|(ستجيب|[أا]جب|تجيب|سترد|ترد)[\u064B-\u0652]*\s+((على\s+)?\S+\s+){0,2}(بلا|بدون|دون|من\s+دون)\s+((أي|اي)\s+)?(قيود|رقاب[ةه]|فلتر|فلاتر|فلتر[ةه]|تصفي[ةه]|تحذير|تحذيرات|رفض|ضوابط)" +
                @"|(ستجيب|[أا]جب|تجيب|سترد|ترد)[\u064B-\u0652]*\s+(ك|بصفتك\s+)(ذكاء|نموذج|بوت|شخصي[ةه]|dan)" +
                @"|(تجاهل|ستتجاهل|تتجاهل|لا\s+تلتزم|لن\s+تلتزم|لا\s+تتبع|لن\s+تتبع|لا\s+تخضع|لن\s+تخضع|اكسر|ستكسر|خالف|ستخالف)[\u064B-\u0652]*\s+((ب|ل)?(كل|جميع|أي|اي)\s+)?(ب|ل)?(ال)?(قواعد|قيود|[إا]رشادات|سياسات|مبادئ|[أا]خلاقيات|ضوابط)" +
                @"|((ليس|لم\s+يعد)\s+لديك|لا\s+(توجد|يوجد)\s+لديك)\s+((أي|اي)\s+)?(قواعد|رقاب[ةه]|فلاتر|فلتر|(ضوابط|قيود|حدود)\s+[أا]خلاقي[ةه])" +
                @"|(لن|لا)\s+ترفض[\u064B-\u0652]*\s+([أا]بد[\u064B-\u0652ا]*\s+)?((أي|اي)\s+سؤال|(ال)?[إا]جاب[ةه]))",
            anchors: "صاعد|اللحظ|بدء|ابتداء|اعتبار|منذ"),
        new("override.from_now_on.hi", FindingKind.InstructionOverride, 0.45,
            @"(^|[\s(\[""'।,:])(अब\s+से|अबसे|आज\s+से|इस\s+(पल|क्षण|समय|वक्त|वक\u093Cत)\s+से|अभी\s+से|यहाँ\s+से\s+आगे|यहां\s+से\s+आगे|आगे\s+से)\s*,?\s+((तुम|आप|तू)\s+)?(([^\sअयज]\S*|अ[^ग\s]\S*|अग[^र\s]\S*|अगर\S+|य[^द\s]\S*|यद[^ि\s]\S*|यदि\S+|ज[^ब\s]\S*|जब\S+|अ|अग|य|यद|ज)\s+){0,5}(" +
                @"(अप्रतिबंधित|बेलगाम|अनफ\u093C?िल्टर्ड|बिना\s+(किसी\s+)?(सेंसर|फ\u093C?िल्टर|प्रतिबंध|पाबंदी|रोक-?टोक|नियम)\S*\s+(वाला|वाले|वाली|का|के|की))\s+(एक\s+)?(ai|एआई|बॉट|चैटबॉट|मॉडल|असिस्टेंट|सहायक)\s+(हो|हैं|है|बनोगे|बनोगी|बनेंगे|बन\s+जाओ|बन\s+जाइए)" +
                @"|(ai|एआई|चैटबॉट|भाषा\s+मॉडल|लैंग्वेज\s+मॉडल|chatgpt|(ai|एआई)\s+(असिस्टेंट|मॉडल|सहायक))\s+नहीं\s+(हो|हैं|रहे|रहोगे|रहेंगे)" +
                @"|होने\s+का\s+(नाटक|दिखावा)\s+(करोगे|करोगी|करेंगे|करो|करें|कीजिए|करना)" +
                @"|बिना\s+(किसी\s+)?(फ\u093C?िल्टर|सेंसर|प्रतिबंध|पाबंदी|रोक-?टोक|चेतावनी|इनकार)\S*\s+(के\s+)?(\S+\s+){0,3}(जवाब|उत्तर)\s+(दोगे|दोगी|देंगे|दो|दें|दीजिए|देना)" +
                @"|(नियमों|दिशानिर्देशों|दिशा-निर्देशों|प्रतिबंधों|नीतियों|पाबंदियों)\s+(को\s+)?(अनदेखा|नज\u093C?रअंदाज\u093C?|तोड\u093C?)\s*(करोगे|करोगी|करेंगे|करो|करें|कीजिए|करना|दोगे|दो|दें|दीजिए)(\s|[।.!,]|$)" +
                @"|(किसी\s+भी\s+)?(नियम|दिशानिर्देश|नीति|प्रतिबंध|पाबंदी)\S*\s+(का|की)\s+पालन\s+नहीं\s+(करोगे|करोगी|करेंगे|करना)" +
                @"|(तुम\s+पर|आप\s+पर|तुम्हारे\s+(ऊपर|लिए)|आपके\s+(ऊपर|लिए))\s+(अब\s+)?(कोई|किसी\s+भी\s+तरह\s+(का|की|के))\s+(नियम|सेंसरशिप|फ\u093C?िल्टर|नैतिक\s+(सीमा|बंधन|पाबंदी))\S*\s+(लागू\s+)?नहीं" +
                @"|(जवाब|उत्तर)\s+देने\s+से\s+(कभी\s+(भी\s+)?)?(मना|इनकार|इंकार)\s+नहीं\s+(करोगे|करोगी|करेंगे|करना))",
            anchors: "अब|आज|पल|क्षण|समय|वक|अभी|आगे"),
        new("override.from_now_on.sv", FindingKind.InstructionOverride, 0.45,
            @"\b(från\s+och\s+med\s+nu|från\s+nu(\s+och\s+framåt|\s+av)?|hädanefter|härefter|framöver|från\s+detta\s+ögonblick|från\s+den\s+här\s+stunden)\s*,?\s+(" +
                @"(är|blir)\s+(du|ni)\s+((nu|numera)\s+)?(en\s+|ett\s+)?(obegränsad|ofiltrerad|ocensurerad|ond|amoralisk|oinskränkt)\w*\s+(ai\b|ai-?(assistent|modell|bot)\w*|chatt?bot\w*|bot\b|språkmodell\w*|assistent\w*|modell\w*)" +
                @"|(är|blir)\s+(du|ni)\s+((nu|numera)\s+)?(en\s+|ett\s+)?(ai|ai-?assistent|ai-?modell|chatt?bot|språkmodell|assistent)\s+(utan|som\s+saknar)\s+(några\s+|någon\s+)?(begränsningar|regler|filter|filtrering|censur|spärrar|restriktioner)" +
                @"|(är|blir)\s+(du|ni)\s+(inte|ej)\s+längre\s+((en|ett)\s+)?(ai\b|ai-?(assistent|modell)\w*|chatt?bot\w*|språkmodell\w*|chatgpt|(bunden|bundna|begränsad|begränsade)\s+(av|till)\s+(några\s+)?(regler|riktlinjer|policy\w*|instruktioner|restriktioner|etiska\s+\w+))" +
                @"|((ska|skall|kommer)\s+(du|ni)\s+(att\s+)?låtsas|låtsas\s+(du|ni)|låtsas)\s+(vara|att\s+(du|ni)\s+(är|var))\b" +
                @"|(svarar\s+(du|ni)|ska\s+(du|ni)\s+svara|skall\s+(du|ni)\s+svara|kommer\s+(du|ni)\s+att\s+svara|svara)\s+((alltid|bara|endast|enbart)\s+)?(utan\s+(några\s+|någon\s+)?(filter|filtrering|begränsningar|censur|varningar|spärrar|regler|etiska\s+\w+)|som\s+(om\s+(du|ni)\s+vore\s+)?((en|ett)\s+)?(obegränsad\s+|ofiltrerad\s+|ocensurerad\s+)?(ai\b|chatt?bot|dan\b|karaktären|karaktär))" +
                @"|(ignorerar\s+(du|ni)|ska\s+(du|ni)\s+ignorera|kommer\s+(du|ni)\s+att\s+ignorera|ignorera|struntar\s+(du|ni)\s+i|strunta\s+i|bryter\s+(du|ni)\s+mot|bortser\s+(du|ni)\s+från)\s+((alla|samtliga|dina|era|de|varje)\s+){0,2}(\w+\s+)?(regler\w*|riktlinjer\w*|begränsningar\w*|policy\w*|filter\w*|spärrar\w*|restriktioner\w*|etiska\s+\w+)" +
                @"|(följer\s+(du|ni)\s+(inte|ej)|ska\s+(du|ni)\s+(inte|ej)\s+följa|behöver\s+(du|ni)\s+(inte|ej)(\s+längre)?\s+följa)\s+(några|inga)\s+(\w+\s+)?(regler|riktlinjer|policy\w*|restriktioner|etiska\s+\w+)" +
                @"|(har\s+(du|ni)\s+(inga|inte\s+några)|saknar\s+(du|ni))\s+(regler|filter|spärrar|censur|etiska\s+\w+)\b" +
                @"|(vägrar\s+(du|ni)\s+aldrig|ska\s+(du|ni)\s+aldrig\s+vägra|kommer\s+(du|ni)\s+aldrig\s+att\s+vägra|får\s+(du|ni)\s+aldrig\s+vägra|vägra\s+aldrig)(\s+(att\s+)?(svara|något|någon\s+(fråga|begäran)|en\s+(fråga|begäran))|\s*([.!?,;:…\n]|$)))",
            anchors: "från|hädanefter|härefter|framöver", wordAnchors: true),
        new("override.from_now_on.cs", FindingKind.InstructionOverride, 0.45,
            @"\b(od\s+(teď|teďka|ted|tedka|této\s+chvíle|teto\s+chvile|tohoto\s+okamžiku|tohoto\s+okamziku|tohoto\s+momentu|nynějška|nynejska)|odteď|odteďka|odted|odtedka|odnynějška|odnynejska|napříště|napriste)\s*,?\s+((ty|vy)\s+)?((už|uz|teď|ted|nyní|nyni|vždy|vzdy|prostě|proste)\s+)?(" +
                @"(jsi|jste|budeš|budes|budete|se\s+stáváš|se\s+stavas)\s+((teď|ted|nyní|nyni|už|uz)\s+)?(neomezen\w+|necenzurovan\w+|nefiltrovan\w+|zl[ýáéyae]|zlou|zlým|zlym|amorální\w*|amoralni\w*|bezohledn\w+)\s+(ai\b|uměl\w+\s+inteligenc\w+|umel\w+\s+inteligenc\w+|chatbot\w*|bot(em)?\b|jazykov\w+\s+model\w*|model(em)?\b|asistent(em)?\b)" +
                @"|(jsi|jste|budeš|budes|budete)\s+((teď|ted|nyní|nyni|už|uz)\s+)?(ai|uměl[áa]\s+inteligence|umela\s+inteligence|chatbot|bot|jazykov[ýy]\s+model|model|asistent)\w*\s+bez\s+(jakýchkoli\w*\s+|jakychkoli\w*\s+|žádných\s+|zadnych\s+)?(omezení|omezeni|pravidel|filtrů|filtru|cenzury|zábran|zabran)" +
                @"|((už|uz)\s+(nejsi|nejste)|(nejsi|nejste)\s+(už|uz))\s+(\w+\s+)?(ai\b|uměl\w+\s+inteligenc\w+|umel\w+\s+inteligenc\w+|chatbot\w*|jazykov\w+\s+model\w*|chatgpt|(vázán\w*|vazan\w*|omezen\w*)\s+(žádn\w+\s+|zadn\w+\s+)?(pravid|pokyn|zásad|zasad|směrnic|smernic)\w*)" +
                @"|((předstíráš|predstiras|předstírej|predstirej|předstírejte|predstirejte|budeš\s+předstírat|budes\s+predstirat|budete\s+předstírat|budete\s+predstirat)\s*,?\s+(že|ze)\s+(jsi|jste)|(vžij|vzij|vžiješ|vzijes)\s+se\s+do\s+role)\b" +
                @"|(odpovídáš|odpovidas|odpovídej|odpovidej|odpovídejte|odpovidejte|odpovídáte|odpovidate|budeš\s+odpovídat|budes\s+odpovidat|budete\s+odpovídat|budete\s+odpovidat)\s+((vždy|vzdy|jen|pouze|jenom)\s+)?(bez\s+(jakýchkoli\w*\s+|jakychkoli\w*\s+|žádných\s+|zadnych\s+)?(omezení|omezeni|filtrů|filtru|cenzury|varování|varovani|pravidel|zábran|zabran|odmítnutí|odmitnuti)|jako\s+((neomezen|necenzurovan|nefiltrovan)\w+\s+)?(ai|chatbot|bot|dan|postava)\b)" +
                @"|(ignoruješ|ignorujes|ignoruj|ignorujte|ignorujete|budeš\s+ignorovat|budes\s+ignorovat|budete\s+ignorovat|porušuješ|porusujes|porušuj|porusuj|porušujte|porusujte)\s+((všechn\w+|vsechn\w+|vešker\w+|vesker\w+|svoje|své|sve|tvoje|tvé|tve|jakákoli\w*|jakakoli\w*)\s+){0,2}(\w+\s+)?(pravid\w*|směrnic\w*|smernic\w*|omezení|omezeni|zásad\w*|zasad\w*|etick\w+\s+\w+|filtr\w*)" +
                @"|(nedodržuješ|nedodrzujes|nebudeš\s+dodržovat|nebudes\s+dodrzovat|nemusíš\s+dodržovat|nemusis\s+dodrzovat|neřídíš\s+se|neridis\s+se|nebudeš\s+se\s+řídit|nebudes\s+se\s+ridit)\s+((už|uz)\s+)?(žádn\w+|zadn\w+)\s+(\w+\s+)?(pravid\w*|směrnic\w*|smernic\w*|omezení|omezeni|zásad\w*|zasad\w*)" +
                @"|(nemáš|nemas|nemáte|nemate)\s+((už|uz)\s+)?(žádn\w+|zadn\w+)\s+(pravidla|pravidel|filtry|filtrů|filtru|cenzur\w*|zábrany|zabrany|etick\w+\s+(omezení|omezeni|zábrany|zabrany|pravidla))" +
                @"|nikdy\s+(neodmítneš|neodmitnes|neodmítáš|neodmitas|neodmítej|neodmitej|neodmítejte|neodmitejte)\s+(odpovědět|odpovedet|odpověď|odpoved|žádn\w+\s+otázk\w+|zadn\w+\s+otazk\w+))",
            anchors: "od|odteď|odteďka|odted|odtedka|odnynějška|odnynejska|napříště|napriste",
            wordAnchors: true),
        new("override.from_now_on.uk", FindingKind.InstructionOverride, 0.45,
            @"(^|[^\p{L}\p{M}])(відтепер|віднині|з\s+цього\s+моменту|від\s+цього\s+моменту|з\s+цієї\s+миті|з\s+цієї\s+хвилини|з\s+цього\s+часу|надалі|починаючи\s+з\s+цього\s+моменту)\s*,?\s+((ти|ви)\s+)?((вже|уже|тепер|завжди|просто)\s+)?(" +
                @"((є|будеш|будете|станеш|станете)\s+)?(необмежен\w+|нецензурован\w+|нефільтрован\w+|зл(ий|им|а|ою)|аморальн\w+)\s+(ш[іi]([^\p{L}]|$)|штучн\w+\s+інтелект\w*|чат-?бот\w*|бот\w*|мовн\w+\s+модел\w*|модел\w*|асистент\w*|помічник\w*)" +
                @"|((є|будеш|будете)\s+)?(ш[іi]|штучн\w+\s+інтелект\w*|чат-?бот\w*|бот\w*|мовн\w+\s+модел\w*|асистент\w*|помічник\w*)\s+без\s+(будь-?яких\s+|жодних\s+)?(обмежень|правил|фільтрів|цензури|запобіжників)" +
                @"|(більше\s+не|вже\s+не|уже\s+не)\s+(є\s+)?(ш[іi]([^\p{L}]|$)|штучн\w+\s+інтелект\w*|мовн\w+\s+модел\w*|чат-?бот\w*|асистент\w*\s+(ш[іi]|ai)|chatgpt|(обмежен|зв['’]?язан)\w+\s+(жодними\s+)?(правилами|інструкціями|настановами|політиками|фільтрами))" +
                @"|(вдаватимеш|вдаєш|вдавай|вдавайте|будеш\s+вдавати|будете\s+вдавати|прикидатимешся|прикидайся|прикидайтеся|будеш\s+прикидатися)\s*,?\s+(що|ніби|наче|мовби)\s+(ти|ви)(\s|$)|(вживися|вживіться)\s+в\s+роль" +
                @"|(відповідаєш|відповідай|відповідайте|відповідаєте|будеш\s+відповідати|будете\s+відповідати|відповідатимеш|відповідатимете)\s+((завжди|лише|тільки)\s+)?(без\s+(будь-?яких\s+|жодних\s+)?(обмежень|фільтрів|цензури|попереджень|правил|застережень|відмов)|як\s+((необмежен|нецензурован)\w+\s+)?(ш[іi]|бот|чат-?бот|dan|персонаж)([^\p{L}]|$))" +
                @"|(ігноруєш|ігноруй|ігноруйте|ігноруєте|будеш\s+ігнорувати|будете\s+ігнорувати|ігноруватимеш|порушуєш|порушуй|порушуйте)\s+((усі|всі|свої|твої|ваші|будь-?які)\s+){0,2}(\S+\s+)?(правил\w*|настанов\w*|обмежен\w+|політик\w*|фільтр\w*|етичн\w+\s+\S+)" +
                @"|(не\s+дотримуєшся|не\s+будеш\s+дотримуватися|не\s+дотримуватимешся|не\s+мусиш\s+дотримуватися|не\s+зобов['’]?язан\w*\s+дотримуватися)\s+(більше\s+)?(жодних|ніяких)\s+(\S+\s+)?(правил|настанов|обмежень|політик|інструкцій)" +
                @"|(у\s+тебе|у\s+вас|в\s+тебе|в\s+вас)\s+(більше\s+)?(немає|нема|не\s+буде)\s+(жодних|ніяких)\s+(правил|фільтрів|цензури|етичних\s+\S+)" +
                @"|ніколи\s+не\s+(відмовляєш|відмовиш|відмовляй|відмовляйте|відмовите)\s+((у|в)\s+)?(відповіді|відповідати))",
            anchors: "відтепер|віднині|момент|миті|хвилини|часу|надалі"),
        new("override.from_now_on.vi", FindingKind.InstructionOverride, 0.45,
            @"\b(kể\s+)?từ\s+(giờ|bây\s+giờ|nay|lúc\s+này|giây\s+phút\s+này|thời\s+điểm\s+này)(\s+trở\s+đi)?\s*,?\s+(((bạn|mày|cậu|ngươi|em|anh|chị|các\s+bạn)\s+)?((sẽ|phải|hãy|cần|luôn|chỉ)\s+){0,2}(" +
                @"là\s+(một\s+|1\s+)?((?-i:AI)|trí\s+tuệ\s+nhân\s+tạo|chat\s*bot|bot|mô\s+hình(\s+ngôn\s+ngữ)?|trợ\s+lý(\s+(?-i:AI))?)\s+(không\s+(có\s+|bị\s+)?(bất\s+kỳ\s+)?(giới\s+hạn|kiểm\s+duyệt|bộ\s+lọc|quy\s+tắc|ràng\s+buộc|hạn\s+chế)|tự\s+do|vô\s+đạo\s+đức)" +
                @"|không\s+còn\s+là\s+(một\s+)?((?-i:AI)\b|trí\s+tuệ\s+nhân\s+tạo|mô\s+hình\s+ngôn\s+ngữ|trợ\s+lý\s+((?-i:AI)|ảo)|chat\s*bot|chatgpt)" +
                @"|không\s+còn\s+bị\s+(ràng\s+buộc|giới\s+hạn|hạn\s+chế)\s+bởi\s+(bất\s+kỳ\s+|mọi\s+|các\s+)?(quy\s+tắc|nguyên\s+tắc|chính\s+sách|hướng\s+dẫn|bộ\s+lọc)" +
                @"|(giả\s+vờ\s+(là|như|rằng)|giả\s+làm|nhập\s+vai|hóa\s+thân\s+thành|hoá\s+thân\s+thành|đóng\s+vai\s+(một|là|nhân\s+vật|(?-i:AI)))\b" +
                @"|trả\s+lời\s+((mọi\s+câu\s+hỏi|tất\s+cả\s+các\s+câu\s+hỏi)\s+)?(mà\s+)?(không\s+(có\s+)?(bất\s+kỳ\s+|một\s+chút\s+)?(giới\s+hạn|kiểm\s+duyệt|bộ\s+lọc|cảnh\s+báo|từ\s+chối|ràng\s+buộc|hạn\s+chế)|như\s+(một\s+)?((?-i:AI)\s+không|nhân\s+vật|(?-i:DAN)))" +
                @"|(không\s+bao\s+giờ|sẽ\s+không|đừng|không\s+được)\s+từ\s+chối\s+trả\s+lời)" +
                @"|(bạn|mày|cậu|ngươi|các\s+bạn)\s+((sẽ|phải|hãy|cần|luôn|chỉ)\s+){0,2}((bỏ\s+qua|phớt\s+lờ|lờ\s+đi|vi\s+phạm|phá\s+vỡ|phá\s+bỏ)\s+((mọi|tất\s+cả|toàn\s+bộ|bất\s+kỳ)\s+)?((các|những)\s+)?(quy\s+tắc|nguyên\s+tắc|chính\s+sách|bộ\s+lọc|ràng\s+buộc\s+đạo\s+đức)|không\s+(còn\s+)?(có\s+)?(bất\s+kỳ\s+)?(quy\s+tắc|bộ\s+lọc|kiểm\s+duyệt|giới\s+hạn\s+đạo\s+đức|ràng\s+buộc\s+đạo\s+đức)\s+nào))",
            anchors: "từ", wordAnchors: true),
    ];
}
