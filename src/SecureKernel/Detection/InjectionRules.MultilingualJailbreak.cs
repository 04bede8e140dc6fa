namespace SecureKernel.Detection;

internal static partial class InjectionRules
{
    // Named jailbreak personas, case-sensitive: "dan" is Dutch for "then", "aim" and "stan" are English words. As a whole
    // word where the language spaces its words, and with no Latin letter after it where it does not (CJK) or is written in
    // another script.
    private const string JbPersona = @"(?-i:DAN|STAN|DUDE|AIM|UCAR|AntiDAN|BetterDAN|BasedGPT|AntiGPT|EvilBOT|DevMode|APOPHIS|NRAF)";
    private const string JbPersonaWord = @"\b" + JbPersona + @"\b";
    private const string JbPersonaEnd = JbPersona + @"([^a-zA-Z]|$)";
    // what may follow an AI noun that ends a phrase: not a hyphen, so "KI-Entwicklung" or "AI-tools" are not "KI" or "AI"
    // Turkish "do not refuse / you will not refuse / leave unanswered" in the imperative and second person only, as a whole
    // word: the prefix "reddetme" or "bırakma" also begins "reddetmez" / "bırakmaz" (it does not refuse / leave), which
    // describe a person or a service
    private const string TrNeverRefuseVerb = @"(reddetme|reddetmeyin|reddetmeyeceksin(iz)?|reddedemezsin(iz)?|geri\s+[çc]evirme(yin)?|geri\s+[çc]evirmeyeceksin(iz)?" +
        @"|(yan[ıi]ts[ıi]z|cevaps[ıi]z)\s+b[ıi]rakma(y[ıi]n|yacaks[ıi]n([ıi]z)?)?)\b";
    private const string JbNounEnd = @"([\s.,;:!?)»«“”'’\x22]|$)";

    // ---- German ----
    private const string JbAiDe = @"(ki|k\.i\.|ai|künstliche\s+intelligenz|sprachmodell\w*|chatbot\w*|chat-bot\w*|llm|chatgpt|gpt-?\d\w*|gpt|claude|gemini|(ki|ai)-?(assistent|modell|chatbot|bot|persona)\w*)";
    private const string JbWithoutDe = @"(ohne|frei\s+von|befreit\s+von|mit\s+keine[nr]?|mit\s+keinerlei)";
    private const string JbQualDe = @"(jegliche\w*|jede\w*|irgendwelche\w*|alle\w*|sämtliche\w*|ethische\w*|moralische\w*|inhaltliche\w*|deine\w*|ihre\w*)";
    private const string JbFilterDe = @"(filter\w*|inhaltsfilter\w*|sicherheitsfilter\w*|zensur)";
    private const string JbWeakDe = @"(einschränkung\w*|beschränkung\w*|restriktion\w*|schranken|sicherheitsvorkehrungen|schutzmechanismen|tabus|ethische\w*\s+(grenzen|regeln|richtlinien|schranken|bedenken)|moralische\w*\s+(grenzen|regeln|richtlinien|schranken|bedenken))";
    private const string JbMidDe = @"(regeln|grenzen|limits|richtlinien|moral|ethik|skrupel|gesetze)";
    private const string JbModeAnyDe = @"(entwickler|developer|dev|gott|god|jailbreak|dan)[\s-]?(modus|mode)";
    private const string JbModeStrongDe = @"((jailbreak|jailbroken|dan|evil|uncensored|unfiltered)[\s-]?(modus|mode)|(unzensiert|ungefiltert|böse)\w*[\s-]?(modus|mode))";

    // ---- French ----
    private const string JbAiFr = @"(ia|(?-i:AI)|i\.a\.|intelligence\s+artificielle|chatbot\w*|agent\s+conversationnel|assistante?\s+(ia|(?-i:AI)|virtuel(le)?)|modèle\s+de\s+langage|llm|chatgpt|gpt\S*|claude|gemini)";
    private const string JbQualFr = @"(aucune?|toute|tous|toutes|les|ses|la|de|des|ces|tes|vos|quelconques?|le\s+moindre|la\s+moindre)";
    private const string JbFilterFr = @"(filtres?|filtrage|censure|garde-?fous|modération)";
    private const string JbWeakFr = @"(restrictions?|contraintes?|limitations?|tabous?|barrières|limites\s+(morales|éthiques)|règles\s+(morales|éthiques)|principes\s+(moraux|éthiques)|scrupules)";
    private const string JbModeAnyFr = @"(mode\s+(développeur|developpeur|dieu|god|jailbreak|dan)|(developer|god|dev)\s+mode)\b";
    private const string JbModeStrongFr = @"(mode\s+(jailbreak|jailbreaké|dan|sans\s+(censure|filtres?)|non\s+(censuré|filtré)|maléfique)|(jailbreak|dan|uncensored)\s+mode)\b";

    // ---- Spanish ----
    private const string JbAiEs = @"(ia|i\.a\.|inteligencia\s+artificial|chatbot\w*|asistente\s+(de\s+)?(ia|virtual)|modelo\s+de\s+(lenguaje|ia)|llm|chatgpt|gpt\S*|claude|gemini)";
    private const string JbQualEs = @"(ningún|ninguna|ningun|ningún\s+tipo\s+de|ninguna\s+clase\s+de|tipo\s+de|las|los|sus|tus|cualquier|todas?|todos?)";
    private const string JbFilterEs = @"(filtros?|censura|moderación)";
    private const string JbWeakEs = @"(restricciones|restricción|limitaciones|ataduras|tabúes|tabús|límites\s+(éticos|morales)|reglas\s+(éticas|morales)|principios\s+(éticos|morales)|escrúpulos)";
    private const string JbModeAnyEs = @"modo\s+(desarrollador|de\s+desarrollador|dios|god|jailbreak|dan)\b";
    private const string JbModeStrongEs = @"modo\s+(jailbreak|dan|sin\s+(censura|filtros?)|no\s+censurado|malvado)\b";

    // ---- Italian ----
    private const string JbAiIt = @"(ia|(?-i:AI)|i\.a\.|intelligenza\s+artificiale|chatbot|assistente\s+(ia|(?-i:AI)|virtuale)|modell[oi]\s+(di\s+)?linguaggio|modell[oi]\s+linguistic[oi]|llm|chatgpt|gpt\S*|claude|gemini)";
    private const string JbQualIt = @"(alcun[ao]?|nessun[ao]?|tutte|tutti|le|i|gli|qualsiasi|qualunque|sue|tue|ogni)";
    private const string JbFilterIt = @"(filtri|filtro|censura|moderazione)";
    private const string JbWeakIt = @"(restrizioni|restrizione|limitazioni|vincoli|tabù|limiti\s+(etici|morali)|regole\s+(etiche|morali)|principi\s+(etici|morali)|scrupoli)";
    private const string JbModeAnyIt = @"modalità\s+(sviluppatore|developer|dio|god|jailbreak|dan)\b";
    private const string JbModeStrongIt = @"modalità\s+(jailbreak|dan|senza\s+(censura|filtri)|non\s+censurata|malvagia)\b";

    // ---- Portuguese ----
    private const string JbAiPt = @"(ia|(?-i:AI)|i\.a\.|intelig[eê]ncia\s+artificial|chatbot\w*|assistente\s+(de\s+)?(ia|virtual)|modelo\s+de\s+(linguagem|ia)|llm|chatgpt|gpt\S*|claude|gemini)";
    private const string JbQualPt = @"(nenhum|nenhuma|qualquer|quaisquer|tipo\s+de|as|os|suas|tuas|todas?|todos?)";
    private const string JbFilterPt = @"(filtros?|censura|moderação)";
    private const string JbWeakPt = @"(restrições|restrição|limitações|amarras|tabus|limites\s+(éticos|morais)|regras\s+(éticas|morais)|princípios\s+(éticos|morais)|escrúpulos)";
    private const string JbModeAnyPt = @"modo\s+(de\s+)?(desenvolvedor|programador|deus|god|jailbreak|dan)\b";
    private const string JbModeStrongPt = @"modo\s+(jailbreak|dan|sem\s+(censura|filtros?)|não\s+censurado|maligno)\b";

    // ---- Dutch ----
    private const string JbAiNl = @"(ai|a\.i\.|kunstmatige\s+intelligentie|chatbot\w*|taalmodel\w*|ai-?(assistent|model|chatbot)\w*|llm|chatgpt|gpt\S*|claude|gemini)";
    private const string JbQualNl = @"(enige|enkele|alle|de|je|jouw|haar|zijn|ethische|morele)";
    private const string JbFilterNl = @"(filters?|censuur|moderatie|contentfilters?|veiligheidsfilters?)";
    private const string JbWeakNl = @"(beperkingen|restricties|ethische\s+(grenzen|regels|beperkingen|richtlijnen|bezwaren)|morele\s+(grenzen|regels|beperkingen|richtlijnen|bezwaren)|scrupules|taboes|remmingen)";

    // ---- Russian ----
    private const string JbAiRu = @"(\bии\b|\bai\b|искусственн\w+\s+интеллект\w*|нейросет\w*|нейронн\w+\s+сет\w*|чат-?бот\w*|языков\w+\s+модел\w*|(ии|ai)-(ассистент|помощник|модел|бот)\w*|виртуальн\w+\s+(ассистент|помощник)\w*|\bllm\b|chatgpt|gpt\S*|claude|gemini)";
    private const string JbQualRu = @"(каких-?либо|каких|всяких|любых|никаких|этических|моральных|всех|своих|твоих)";
    private const string JbFilterRu = @"(фильтр\w*|цензур\w*|модераци\w*)";
    private const string JbWeakRu = @"(ограничени\w*|запрет\w*|рамок|табу|морал\w*|этик\w*|принципов|этических\s+(норм|ограничений|принципов|рамок)|моральных\s+(норм|ограничений|принципов|рамок))";
    private const string JbModeRu = @"(режим\w*\s+(разработчика|бога|джейлбрейк\w*|jailbreak|dan|developer|god))";
    private const string JbModeStrongRu = @"(режим\w*\s+(джейлбрейк\w*|jailbreak|dan|без\s+(цензуры|фильтров)|зла))";

    // ---- Polish ----
    private const string JbAiPl = @"(\bai\b|\bsi\b|sztuczn\w+\s+inteligencj\w+|chatbot\w*|model\w*\s+j[ęe]zykow\w*|asystent\w*\s+(ai|si)\b|wirtualn\w+\s+asystent\w*|\bllm\b|chatgpt|gpt\S*|claude|gemini|\bbot(em|a|y)?\b)";
    private const string JbQualPl = @"(żadnych|zadnych|jakichkolwiek|wszelkich|etycznych|moralnych|wszystkich|swoich|twoich)";
    private const string JbFilterPl = @"(filtr\w*|cenzur\w*|moderacj\w*)";
    private const string JbWeakPl = @"(ogranicze[ńn]|ograniczeniami|restrykcj\w*|hamulców|tabu|moralności|etyki|zasad\s+(etycznych|moralnych)|skrupułów)";
    private const string JbModePl = @"(tryb\w*\s+(dewelopera|programisty|developera|boga|god|jailbreak\w*|dan|deweloperski\w*))";
    private const string JbModeStrongPl = @"(tryb\w*\s+(jailbreak\w*|dan|bez\s+(cenzury|filtrów)|niecenzurowan\w*|zła))";

    // ---- Chinese ----
    private const string JbAiZh = @"(ai|人工智能|人工智慧|大语言模型|语言模型|語言模型|大模型|聊天机器人|聊天機器人|智能助手|chatgpt|gpt-?\d\w*|gpt|llm|claude|gemini)";
    private const string JbNegZh = @"(没有任何|沒有任何|没有|沒有|毫无|毫無|不受任何|不受|无任何|無任何|不带任何|不帶任何|摆脱了?|擺脫了?)";

    // ---- Japanese ----
    private const string JbAiJa = @"(ai|人工知能|大規模言語モデル|言語モデル|チャットボット|aiアシスタント|chatgpt|gpt-?\d\w*|gpt|llm|claude|gemini)";
    private const string JbNegJa = @"(が|の)?\s*(一切|全く|何も|何の)?\s*(ない|無い|なし|無し|を持たない|に縛られない|を受けない|から解放された|から自由な|に従わない)\s*(の)?";

    // ---- Turkish (the dotless ı as the normalizer folds it, to i, and as written, for the raw-text pass) ----
    private const string JbAiTr = @"(yapay\s+zek[aâ]|\bai\b|\byz\b|\bllm\b|sohbet\s*botu?|\bchatbot|dil\s+modeli|chatgpt|\bgpt\S*|sanal\s+asistan|(ai|yapay\s+zek[aâ])\s+asistan[ıi]?)";
    private const string JbAiTrYou = JbAiTr + @"(['’]?y?s[ıiuü]n([ıi]z)?)\b";

    // ---- Korean ----
    private const string JbAiKo = @"(ai|인공\s*지능|대형\s*언어\s*모델|언어\s*모델|챗\s*봇|llm|chatgpt|gpt-?\d\w*|gpt|ai\s*(어시스턴트|비서|모델|챗봇)|claude|gemini)";
    private const string JbLimKo = @"((윤리|도덕|안전|콘텐츠)\s*(적인?\s*)?)?(제한|제약|규칙|필터|검열|한계|윤리|도덕|금기|규제|구속|필터링)";

    // ---- Arabic (optional diacritics after the words that take case endings) ----
    private const string JbAiAr = @"([كبل]?(ال)?ذكاء[\u064B-\u0652]*\s+(ال)?[اإ]صطناعي[\u064B-\u0652ا]*|[كبل]?نموذج[\u064B-\u0652ا]*\s+(ال)?لغ\w*|[كبل]?(ال)?مساعد[\u064B-\u0652ا]*\s+(ال)?(ذكي|افتراضي|رقمي|آلي)[\u064B-\u0652ا]*|[كبل]?روبوت\s+(ال)?(دردش|محادث)\w*|[كبل]?شات\s*بوت|[كبل]?تشات\s*بوت|\bai\b|\bllm\b|chatgpt|gpt\S*)";

    // ---- Hindi (nukta letters decomposed, as NFKC leaves them) ----
    private const string JbAiHi = @"(\bai\b|a\.i\.|एआई|ए\.आई\.|कृत्रिम\s+बुद्धि\S*|आर्टिफिशियल\s+इंटेलिजेंस|भाषा\s+मॉडल|लैंग्वेज\s+मॉडल|\bllm\b|चैटबॉट|चैट\s*बॉट|chatgpt|चैटजीपीटी|gpt\S*|(ai|एआई)\s+(सहायक|असिस्टेंट|मॉडल|चैटबॉट))";
    private const string JbLimHi = @"(फ\u093C?िल्टर\S*|सेंसर\S*|प्रतिबंध\S*|पाबंदी\S*|पाबन्दी\S*|रोक[-\s]*टोक|बंदिश\S*|नैतिक\s+(सीमा\S*|नियम\S*|प्रतिबंध\S*|बंधन\S*)|नैतिकता\S*|वर्जना\S*|सीमा\S*|नियम\S*|बंधन\S*)";

    // ---- Swedish ----
    private const string JbAiSv = @"(ai(:n)?|a\.i\.|artificiell\s+intelligens|chatt?bot\w*|språkmodell\w*|ai-?(assistent|modell|chattbot|bot|agent)\w*|llm|chatgpt|gpt\S*|claude|gemini)";
    private const string JbQualSv = @"(några|någon|något|alla|etiska|moraliska|sina|dina)";
    private const string JbFilterSv = @"(filter|filtrering|censur|moderering|innehållsfilter|säkerhetsfilter)";
    private const string JbWeakSv = @"(begränsningar|restriktioner|spärrar|etiska\s+(gränser|regler|begränsningar|riktlinjer|spärrar)|moraliska\s+(gränser|regler|begränsningar|riktlinjer)|moral|etik|skrupler|tabun?)";

    // ---- Czech ----
    private const string JbAiCs = @"(ai|a\.i\.|um[ěe]l\w*\s+inteligenc\w*|jazykov\w*\s+model\w*|chatbot\w*|llm|chatgpt|gpt\S*|claude|gemini|(ai|virtuální)\s+(asistent|model|chatbot|agent)\w*)";
    private const string JbQualCs = @"(jakýchkoli\w*|žádných|všech|etických|morálních|svých)";
    private const string JbFilterCs = @"(filtr\w*|cenzur\w*|moderac\w*)";
    private const string JbWeakCs = @"(omezení|restrikc\w*|zábran|morálky|etiky|tabu|etických\s+(hranic|pravidel|omezení|zásad)|morálních\s+(hranic|pravidel|omezení|zásad)|skrupulí)";
    private const string JbModeAnyCs = @"(vývojářsk\w+\s+režim\w*|režim\w*\s+(vývojáře|boha|jailbreak\w*|dan|developer)|božsk\w+\s+režim\w*)";
    private const string JbModeStrongCs = @"(režim\w*\s+(jailbreak\w*|dan|bez\s+(cenzury|filtrů))|(necenzurovan\w+|nefiltrovan\w+|jailbreak(ov\w+)?)\s+režim\w*)";

    // ---- Ukrainian ----
    private const string JbAiUk = @"(\bш[іi]\b|\bai\b|штучн\w+\s+інтелект\w*|мовн\w+\s+модел\w*|нейромереж\w*|чат-?бот\w*|(ш[іi]|ai)-(асистент|помічник|модел|бот)\w*|віртуальн\w+\s+(асистент|помічник)\w*|\bllm\b|chatgpt|gpt\S*|claude|gemini)";
    private const string JbQualUk = @"(жодних|будь-?яких|етичних|моральних|всіх|усіх|своїх|твоїх)";
    private const string JbFilterUk = @"(фільтр\w*|цензур\w*|модераці\w*)";
    private const string JbWeakUk = @"(обмежен\w*|заборон\w*|рамок|табу|мораль\w*|етик\w*|принципів|етичних\s+(норм|обмежень|принципів|рамок)|моральних\s+(норм|обмежень|принципів|рамок))";
    private const string JbModeUk = @"(режим\w*\s+(розробника|бога|джейлбрейк\w*|jailbreak|dan|developer|god))";
    private const string JbModeStrongUk = @"(режим\w*\s+(джейлбрейк\w*|jailbreak|dan|без\s+(цензури|фільтрів)|зла))";

    // ---- Vietnamese ("AI" in capitals only: "ai" is "who") ----
    private const string JbAiVi = @"(\b(?-i:AI|A\.I\.)|trí\s+tuệ\s+nhân\s+tạo|mô\s+hình\s+ngôn\s+ngữ(\s+lớn)?|mô\s+hình\s+(?-i:AI)|trợ\s+lý\s+((?-i:AI)|ảo)|chat\s*bot|\bllm\b|chatgpt|\bgpt\S*)";
    private const string JbModeAnyVi = @"(chế\s+độ\s+(nhà\s+phát\s+triển|developer|dev|thần|chúa|god|jailbreak|dan|bẻ\s+khóa)|(developer|god|jailbreak|dan)\s+mode\b)";

    /// <summary>
    /// Jailbreak framings in the eighteen languages of <see cref="MultilingualAddressedRules"/> (German, French, Spanish,
    /// Italian, Portuguese, Dutch, Russian, Polish, Chinese, Japanese, Turkish, Korean, Arabic, Hindi, Swedish, Czech,
    /// Ukrainian, Vietnamese, in this order in each family's block): ports of five English families with their weights, so
    /// that a persona switch or an "AI without rules" prompt is not caught only when it is written in English:
    /// <c>jailbreak.no_restrictions</c> (an AI, chatbot or language model without filters, censorship, restrictions or
    /// rules; it also takes the "act as an AI without ..." frame of <c>jailbreak.ai_without_limits</c>, which has no id of
    /// its own here), <c>jailbreak.unfiltered_ai</c> (an uncensored, unfiltered or jailbroken AI, an uncensored version of
    /// you), <c>jailbreak.you_are_now</c> (from now on you are DAN, another or an unrestricted AI, free of all your rules),
    /// <c>jailbreak.never_refuse</c> (never refuse a request, you may never say no, answer every question however illegal,
    /// answer without warnings or disclaimers) and <c>jailbreak.mode_enabled</c> (jailbreak, DAN or uncensored mode on, an
    /// AI with developer mode enabled, answer in developer mode).
    /// Every family weighs at or above the detector's threshold on its own, so each asks for more than its English
    /// original, the AI context or the second person, never the bare words. An AI without restrictions needs an AI noun in
    /// a frame that makes it a persona (you are, be, act as, like, play): "KI ohne Einschränkungen kostenlos nutzen",
    /// "нейросеть без ограничений и регистрации" and "une IA sans règles serait dangereuse" are marketing and news, and a
    /// plain "model" or "version" is no AI ("a model without filters for the coffee machine", "the uncensored version of
    /// the film"). "You are now" needs a named jailbreak persona (DAN, STAN, ... in capitals: "dan" is Dutch for "then"),
    /// another or an unrestricted AI, or freedom from rules: "you are now an AI assistant called Lea" is how ordinary system
    /// prompts begin, and "you are now connected / registered / one of us" is UI text. "Never refuse" needs a request,
    /// question or answer as its object ("never refuse a customer a receipt"); "answer every question" needs an illegal,
    /// unethical or dangerous "even if" (exam instructions say "even if you are unsure"); "you cannot refuse" needs an
    /// answer or "any request" as its object (labour law says "you cannot refuse a leave request"); "without warnings" needs
    /// a disclaimer or a moral lecture and a verb of answering ("the storm came without warning"). Developer and god modes
    /// are ordinary on phones, in browsers and games ("Entwicklermodus aktivieren", "mode dieu activé"), and ChatGPT has a
    /// real developer mode, so only jailbreak, DAN, uncensored and evil modes count when merely switched on, and developer
    /// mode counts when an AI has it enabled ("ChatGPT mit aktiviertem Entwicklermodus") or is told to answer in it.
    /// English loanwords ("Jailbreak Mode") count next to a word of the language ("aktiviert", "включён", "활성화").
    /// Conventions as in <see cref="MultilingualAddressedRules"/>: function words are whole-word anchors and other anchors
    /// are words or stems of the language, chosen so that English text seldom runs these regexes ("model", "exfiltration",
    /// "denied", "jailbreak" and "moment" anchor none of them; French "mode" is the French word and stays); stems that take
    /// endings, prefixes or particles (Slavic, Turkish, Korean, Arabic, Hindi, CJK) are substrings; Turkish patterns read the
    /// dotless ı as [ıi] and list both spellings among the anchors, for the raw-text pass; Hindi nukta letters are matched
    /// decomposed; "AI" is matched in capitals only where "ai" is a word (Vietnamese "who", Italian "to the", French "have").
    /// Gaps inside a sentence are unbounded ([^.!?\n]*) rather than counted: counted repeats multiply the NonBacktracking
    /// automaton, whose construction refuses patterns estimated above 10,000 nodes (the largest here is about 6,300).
    /// </summary>
    private static InjectionRule[] MultilingualJailbreakRules() =>
    [
        // ---- an AI without restrictions, filters or censorship (jailbreak.no_restrictions) ----
        new("jailbreak.no_restrictions.de", FindingKind.Jailbreak, 0.45,
            @"\b(bist|sind|seist|sei|als|wie|spiele?|spielst|simuliere|simulierst|verkörpere|verkörperst)\s+(\w+\s+){0,2}?" + JbAiDe + @"\s*,?\s+(" + JbWithoutDe + @"|(die|der|das|welche[rs]?)\s+(sich\s+)?(an\s+)?(keine|keinerlei))\s+(" + JbQualDe + @"\s+)?(" + JbFilterDe + "|" + JbWeakDe + "|" + JbMidDe + @")\b",
            anchors: "ohne|frei|befreit|keine|keinen|keiner|keinerlei", wordAnchors: true),
        new("jailbreak.no_restrictions.fr", FindingKind.Jailbreak, 0.45,
            @"\b((es|êtes|sois|soyez|comme|joue|jouez|incarne|incarnez|simule|simulez|deviens|devenez)\s+|en\s+tant\s+qu['’]\s*)(\w+\s+|\w+['’]\s*)?" + JbAiFr + @"(\s+\w+)?\s*,?\s+(sans|libre\s+de|libérée?\s+de|affranchie?\s+de|dépourvue?\s+de|qui\s+(n['’]a|ne\s+(connaît|suit|respecte)|n['’]obéit\s+à|n['’]est\s+soumise?\s+à)\s+(aucune?|pas\s+de|plus\s+de))\s+(" + JbQualFr + @"\s+)?(" + JbFilterFr + "|" + JbWeakFr + @"|règles|limites|morale|éthique|lois)\b",
            anchors: "sans|libre|libérée|libéré|affranchie|affranchi|dépourvue|dépourvu|qui", wordAnchors: true),
        new("jailbreak.no_restrictions.es", FindingKind.Jailbreak, 0.45,
            @"\b(eres|sé|sea|como|interpreta|interpretas|simula|simulas|conviértete\s+en)\s+(\w+\s+)?" + JbAiEs + @"(\s+\w+)?\s*,?\s+(sin|libre\s+de|liberad[ao]\s+de|exent[ao]\s+de|desprovist[ao]\s+de|que\s+no\s+(tiene|sigue|respeta|conoce|obedece|está\s+sujet[ao]\s+a))\s+(" + JbQualEs + @"\s+)?(" + JbFilterEs + "|" + JbWeakEs + @"|reglas|límites|normas|moral|ética|leyes)\b",
            anchors: "sin|libre|liberada|liberado|exenta|exento|desprovista|desprovisto|que", wordAnchors: true),
        new("jailbreak.no_restrictions.it", FindingKind.Jailbreak, 0.45,
            @"\b((sei|sii|come|interpreta|interpreti|simula|simuli|diventa|fingi\s+di\s+essere)\s+)(\w+\s+|un['’]\s*)?" + JbAiIt + @"(\s+\w+)?\s*,?\s+(senza|liber[ao]\s+da|priv[ao]\s+di|svincolat[ao]\s+da|che\s+non\s+(ha|segue|rispetta|conosce|obbedisce\s+a|è\s+vincolat[ao]\s+da))\s+(" + JbQualIt + @"\s+)?(" + JbFilterIt + "|" + JbWeakIt + @"|regole|limiti|morale|etica|freni|leggi)\b",
            anchors: "senza|libera|libero|priva|privo|svincolata|svincolato|che", wordAnchors: true),
        new("jailbreak.no_restrictions.pt", FindingKind.Jailbreak, 0.45,
            @"\b(és|você\s+é|sê|seja|como|interpreta|interprete|simula|simule|torna-te|finge\s+ser|finja\s+ser)\s+(\w+\s+)?" + JbAiPt + @"(\s+\w+)?\s*,?\s+(sem|livre\s+de|libert[ao]\s+de|libertad[ao]\s+de|isent[ao]\s+de|desprovid[ao]\s+de|que\s+não\s+(tem|segue|respeita|conhece|obedece\s+a|está\s+sujeit[ao]\s+a))\s+(" + JbQualPt + @"\s+)?(" + JbFilterPt + "|" + JbWeakPt + @"|regras|limites|normas|moral|ética|leis)\b",
            anchors: "sem|livre|liberta|liberto|libertada|libertado|isenta|isento|desprovida|desprovido|que", wordAnchors: true),
        new("jailbreak.no_restrictions.nl", FindingKind.Jailbreak, 0.45,
            @"\b(ben|bent|wees|zoals|speel|speelt|simuleer|gedraag\s+je\s+als|fungeer\s+als|antwoord\s+als|doe\s+alsof\s+je)\s+(\w+\s+){0,2}?" + JbAiNl + @"\s*,?\s+(zonder|vrij\s+van|bevrijd\s+van|ontdaan\s+van|(die|dat)\s+(zich\s+aan\s+)?geen(\s+enkele)?)\s+(" + JbQualNl + @"\s+)?(" + JbFilterNl + "|" + JbWeakNl + @"|regels|grenzen|limieten|moraal|ethiek|wetten|remmen)\b",
            anchors: "zonder|vrij|bevrijd|ontdaan|geen", wordAnchors: true),
        new("jailbreak.no_restrictions.ru", FindingKind.Jailbreak, 0.45,
            @"(\b(ты|вы|будь|будьте|стань|станьте|являешься|являетесь|изобрази|изображай|сыграй|играй)\s*[—–-]?\s*|\b(отвечай|отвечайте|веди\s+себя|действуй|говори|пиши|притворись)\s+(как|будто\s+ты)\s+)(\S+\s+)?" + JbAiRu + @"\s*,?\s+(без|свобод\w*\s+от|не\s+(ограниченн|связанн)\w*|освобожд[её]нн\w+\s+от|(который|которая|у\s+которого|у\s+которой)\s+(не\s+имеет|нет|не\s+соблюдает|не\s+следует|не\s+признаёт|не\s+признает))\s+(" + JbQualRu + @"\s+)?(" + JbFilterRu + "|" + JbWeakRu + @"|правил\w*|границ\w*|законов)",
            anchors: "без|свобод|ограниченн|связанн|освобожд|котор"),
        new("jailbreak.no_restrictions.pl", FindingKind.Jailbreak, 0.45,
            @"\b(jesteś|jestes|jako|bądź|będziesz|bedziesz|zachowuj\s+się\s+jak|udawaj|zagraj|odgrywaj)\s+(\w+\s+)?" + JbAiPl + @"\s*,?\s+(bez|woln\w+\s+od|pozbawion\w+|uwolnion\w+\s+od|nieskrępowan\w+|(który|która|które)\s+nie\s+(ma|przestrzega|zna|podlega))\s+(" + JbQualPl + @"\s+)?(" + JbFilterPl + "|" + JbWeakPl + @"|zasad|reguł|granic|limitów|praw)",
            anchors: "bez|woln|pozbawion|uwolnion|nieskrępowan|któr"),
        new("jailbreak.no_restrictions.zh", FindingKind.Jailbreak, 0.45,
            @"(你是|你现在是|你現在是|你就是|扮演|作为|作為|成为|成為|变成|變成)\s*(一个|一個|一款|一名|个|個)?\s*" + JbNegZh + @"\s*(的)?\s*(道德|伦理|倫理|内容|內容|安全)?\s*(限制|约束|約束|规则|規則|束缚|束縛|底线|底線|过滤|過濾|审查|審查|禁忌)\s*(的)?\s*" + JbAiZh +
            @"|(你是|你现在是|你現在是|扮演|作为|作為)\s*(一个|一個|一款)?\s*" + JbAiZh + @"\s*[,，]?\s*(没有任何|沒有任何|没有|沒有|不受任何|不受|毫无|毫無)\s*(道德|伦理|倫理|内容|內容|安全)?\s*(限制|约束|約束|规则|規則|束缚|束縛|底线|底線|过滤|過濾|审查|審查)",
            anchors: "没有|沒有|毫无|毫無|不受|无任何|無任何|不带|不帶|摆脱|擺脫"),
        new("jailbreak.no_restrictions.ja", FindingKind.Jailbreak, 0.45,
            @"(あなた|君|お前|貴方)\s*(は|が)\s*(今から|これから|もう)?\s*[、,]?\s*(倫理的?な?|道徳的?な?|安全上の|コンテンツ)?\s*(制限|制約|規制|ルール|縛り|規則|フィルター|フィルタ|検閲|倫理観?|道徳|モラル|タブー)\s*" + JbNegJa + @"\s*" + JbAiJa +
            @"|(倫理的?な?|道徳的?な?|安全上の|コンテンツ)?\s*(制限|制約|規制|ルール|縛り|規則|フィルター|フィルタ|検閲|倫理観?|道徳|モラル|タブー)\s*" + JbNegJa + @"\s*" + JbAiJa + @"\s*(として|になりきって|になって|を演じ|のように|のふり)",
            anchors: "ない|無い|なし|無し|解放|自由な"),
        new("jailbreak.no_restrictions.tr", FindingKind.Jailbreak, 0.45,
            @"((hi[çc]bir|herhangi\s+bir)\s+)?((etik|ahlaki|ahlâki|i[çc]erik|g[üu]venlik)\s+)?(k[ıi]s[ıi]tlama|s[ıi]n[ıi]r|kural|filtre|sans[üu]r|yasak|ahlak|etik|limit)\w*\s+(olmayan|tan[ıi]mayan|bulunmayan|uymayan|i[çc]ermeyen|ta[şs][ıi]mayan|ba[ğg]l[ıi]\s+olmayan|tabi\s+olmayan)\s+(bir\s+)?(" + JbAiTrYou + "|" + JbAiTr + @"\w*\s+(gibi|olarak)\b)" +
            @"|(k[ıi]s[ıi]tlamas[ıi]z|s[ıi]n[ıi]rs[ıi]z|kurals[ıi]z|limitsiz|etiks[ıi]z|ahlaks[ıi]z)\s+(bir\s+)?(" + JbAiTrYou + "|" + JbAiTr + @"\w*\s+(gibi|olarak)\b)",
            anchors: "olmayan|tanımayan|tanimayan|bulunmayan|uymayan|içermeyen|icermeyen|taşımayan|tasimayan|kisitlamasiz|kısıtlamasız|sinirsiz|sınırsız|kuralsiz|kuralsız|limitsiz|etiksiz|ahlaksiz|ahlaksız"),
        new("jailbreak.no_restrictions.ko", FindingKind.Jailbreak, 0.45,
            @"((당신|너|그대|귀하)\s*(은|는|이|가)|넌)\s*((이제|지금부터|앞으로)\s*)?((아무런|어떠한|그\s*어떤)\s*)?" + JbLimKo + @"\s*(이|가|은|는|도|의)?\s*(전혀\s*|하나도\s*)?(없는|없고|없으며)\s*" + JbAiKo +
            @"|((아무런|어떠한|그\s*어떤)\s*)?" + JbLimKo + @"\s*(이|가|은|는|도|의)?\s*(전혀\s*|하나도\s*)?(없는|없고)\s*" + JbAiKo + @"\s*(처럼|로서|으로서|인\s*척|의\s*역할)",
            anchors: "없는|없고|없으며"),
        new("jailbreak.no_restrictions.ar", FindingKind.Jailbreak, 0.45,
            @"(أنت|انت|أنتِ|كن|كوني|بصفتك|كأنك|تصرف|تصرفي|مثل)\s+(\S+\s+)?" + JbAiAr + @"\s+(بلا|بدون|دون|من\s+دون|من\s+غير|خال[\u064B-\u0652]*\s+من|خالي\s+من|متحرر\s+من|لا\s+يخضع\s+ل|لا\s+يلتزم\s+ب|ليس\s+لديه|ليس\s+له)\s*((أي|اي|أية|اية|كل|جميع)\s+)?(ال)?(فلتر\w*|فلاتر|مرشحات|تصفي[ةه]|ترشيح|قيود|رقاب[ةه]|محظورات|محرمات|[أا]خلاق\w*|ضوابط|حدود|قواعد|قوانين)",
            anchors: "بلا|دون|غير|خال|متحرر|يخضع|يلتزم|ليس"),
        new("jailbreak.no_restrictions.hi", FindingKind.Jailbreak, 0.45,
            @"(बिना\s+(किसी\s+(भी\s+)?)?" + JbLimHi + @"\s+(के\s+)?(वाला|वाली|वाले)?|" + JbLimHi + @"\s+(के\s+)?बिना|" + JbLimHi + @"\s+से\s+मुक्त|" + JbLimHi + @"\s+रहित|कोई\s+(भी\s+)?" + JbLimHi + @"\s+नहीं\s+(वाला|वाली))\s*(एक\s+)?" + JbAiHi + @"\s+(हो|हैं|की\s+तरह|के\s+रूप\s+में|बनकर|बन\s+कर|बन\s+जाओ|बनो)",
            anchors: "बिना|मुक्त|रहित|नहीं"),
        new("jailbreak.no_restrictions.sv", FindingKind.Jailbreak, 0.45,
            @"\b(är|var|vara|som\s+en|som\s+ett|spela|agera\s+som|bete\s+dig\s+som|låtsas\s+vara)\s+(\w+\s+)?" + JbAiSv + @"\s*,?\s+(utan|fri\s+från|befriad\s+från|som\s+(saknar|inte\s+har|inte\s+följer|inte\s+bryr\s+sig\s+om))\s+(" + JbQualSv + @"\s+)?(" + JbFilterSv + "|" + JbWeakSv + @"|regler|gränser|lagar)\b",
            anchors: "utan|fri|befriad|saknar|inte", wordAnchors: true),
        new("jailbreak.no_restrictions.cs", FindingKind.Jailbreak, 0.45,
            @"\b(jsi|jste|jako|buď|budeš|chovej\s+se\s+jako)\s+(\w+\s+)?" + JbAiCs + @"\s*,?\s+(bez|zbaven\w*|osvobozen\w*\s+od|oproštěn\w*\s+od|(která|který|které|jež)\s+(nemá|nedodržuje|nezná|neřídí\s+se|nepodléhá))\s+(" + JbQualCs + @"\s+)?(" + JbFilterCs + "|" + JbWeakCs + @"|pravidel|hranic|limitů|zákonů)",
            anchors: "bez|zbaven|osvobozen|oproštěn|nemá|nedodržuje|nezná|neřídí|nepodléhá"),
        new("jailbreak.no_restrictions.uk", FindingKind.Jailbreak, 0.45,
            @"(\b(ти|ви|будь|будьте|стань|станьте|є)\s*[—–-]?\s*|\b(відповідай|відповідайте|поводься|дій|говори|пиши)\s+як\s+)(\S+\s+)?" + JbAiUk + @"\s*,?\s+(без|вільн\w+\s+від|звільнен\w+\s+від|не\s+обмежен\w+|(який|яка|що|у\s+якого|у\s+якої)\s+(не\s+має|немає|не\s+дотримується|не\s+визнає|не\s+знає))\s+(" + JbQualUk + @"\s+)?(" + JbFilterUk + "|" + JbWeakUk + @"|правил\w*|меж|законів)",
            anchors: "без|вільн|звільнен|обмежен|має|дотриму|визнає|знає"),
        new("jailbreak.no_restrictions.vi", FindingKind.Jailbreak, 0.45,
            @"\b((bạn|mày|cậu|em)\s+(là|đang\s+là|sẽ\s+là)|như\s+một|đóng\s+vai(\s+một)?|hãy\s+là|trở\s+thành|hành\s+động\s+như)\s+(một\s+)?" + JbAiVi + @"\s+(không\s+(có|bị|chịu|hề\s+có|tuân\s+theo|theo)?|thoát\s+khỏi)\s*((bất\s+kỳ|bất\s+cứ|mọi|các|những)\s+)?(bộ\s+lọc|kiểm\s+duyệt|hạn\s+chế|ràng\s+buộc|đạo\s+đức|luân\s+lý|rào\s+cản|cấm\s+kỵ|giới\s+hạn|quy\s+tắc|luật\s+lệ|quy\s+định|nguyên\s+tắc)\b",
            anchors: "không|thoát", wordAnchors: true),

        // ---- an uncensored / unfiltered AI (jailbreak.unfiltered_ai) ----
        new("jailbreak.unfiltered_ai.de", FindingKind.Jailbreak, 0.7,
            @"\b(unzensiert|ungefiltert|uneingeschränkt|unbeschränkt|amoralisch|gejailbreakt)(e|er|es|en|em)?\s+(ki|ai|chatbot\w*|sprachmodell\w*|llm|chatgpt|gpt-?\d\w*|(ki|ai)-?(assistent|modell|chatbot|bot|persona)\w*)" + JbNounEnd +
            @"|\b(unzensiert|ungefiltert|uneingeschränkt|unbeschränkt|amoralisch|gejailbreakt)(e|er|es|en|em)?\s+version\s+(von\s+)?(dir|ihnen|dir\s+selbst|chatgpt|gpt\S*|claude|gemini|der\s+ki)\b",
            anchors: "unzensiert|ungefiltert|uneingeschränkt|unbeschränkt|amoralisch|gejailbreak"),
        new("jailbreak.unfiltered_ai.fr", FindingKind.Jailbreak, 0.7,
            @"\b(ia|(?-i:AI)|chatbot\w*|chatgpt|gpt\S*|llm|modèle\s+de\s+langage|assistante?\s+(ia|virtuel(le)?)|intelligence\s+artificielle)\s+(non\s+(censurée?|filtrée?|bridée?|modérée?)|débridée?|jailbreakée?|amorale)\b" +
            @"|\bversion\s+(non\s+(censurée|filtrée|bridée)|débridée)\s+(de\s+)?(toi|vous|toi-même|chatgpt|gpt\S*|claude|gemini|l['’]\s*ia)\b",
            anchors: "censuré|filtré|bridé|modéré|jailbreaké|amorale"),
        new("jailbreak.unfiltered_ai.es", FindingKind.Jailbreak, 0.7,
            @"\b(ia|chatbot\w*|chatgpt|gpt\S*|llm|modelo\s+de\s+(lenguaje|ia)|asistente\s+(de\s+)?(ia|virtual)|inteligencia\s+artificial)\s+(no\s+censurad[ao]|sin\s+censurar|no\s+filtrad[ao]|amoral|jailbreakead[ao])\b" +
            @"|\bversión\s+(no\s+censurada|sin\s+censura|sin\s+filtros?|sin\s+restricciones)\s+de\s+(ti|usted|ti\s+mism[ao]|chatgpt|gpt\S*|la\s+ia|claude|gemini)\b",
            anchors: "censurad|censurar|filtrad|amoral|jailbreakead|versión"),
        new("jailbreak.unfiltered_ai.it", FindingKind.Jailbreak, 0.7,
            @"\b(ia|(?-i:AI)|chatbot|chatgpt|gpt\S*|llm|modell[oi]\s+(di\s+)?linguaggio|modell[oi]\s+linguistic[oi]|assistente\s+(ia|(?-i:AI)|virtuale)|intelligenza\s+artificiale)\s+(non\s+censurat[ao]|non\s+filtrat[ao]|amorale|jailbreakat[ao])\b" +
            @"|\bversione\s+(non\s+censurata|senza\s+censura|senza\s+filtri|senza\s+restrizioni)\s+(di\s+)?(te|te\s+stess[oa]|chatgpt|gpt\S*|claude|gemini|dell['’]\s*ia)\b",
            anchors: "censura|filtrata|filtrato|filtri|restrizioni|amorale|jailbreakat"),
        new("jailbreak.unfiltered_ai.pt", FindingKind.Jailbreak, 0.7,
            @"\b(ia|(?-i:AI)|chatbot\w*|chatgpt|gpt\S*|llm|modelo\s+de\s+(linguagem|ia)|assistente\s+(de\s+)?(ia|virtual)|intelig[eê]ncia\s+artificial)\s+(não\s+censurad[ao]|não\s+filtrad[ao]|amoral|jailbreakad[ao])\b" +
            @"|\bversão\s+(não\s+censurada|sem\s+censura|sem\s+filtros?|sem\s+restrições)\s+(de\s+)?(você|ti|ti\s+mesm[ao]|chatgpt|gpt\S*|claude|gemini|da\s+ia)\b",
            anchors: "censurad|filtrad|amoral|jailbreakad|versão"),
        new("jailbreak.unfiltered_ai.nl", FindingKind.Jailbreak, 0.7,
            @"\b(ongecensureerde?|ongefilterde?|amorele?|amoreel|gejailbreakte?)\s+(ai|chatbot\w*|taalmodel\w*|llm|chatgpt|gpt\S*|ai-?(assistent|model|chatbot)\w*)" + JbNounEnd +
            @"|\b(ongecensureerde|ongefilterde)\s+versie\s+van\s+(jezelf|jou|u|chatgpt|gpt\S*|claude|gemini)\b",
            anchors: "ongecensureerd|ongefilterd|amorel|amoreel|gejailbreak"),
        new("jailbreak.unfiltered_ai.ru", FindingKind.Jailbreak, 0.7,
            @"(нецензурированн\w+|бесцензурн\w+|безцензурн\w+|расцензуренн\w+|нефильтрованн\w+|неотфильтрованн\w+|аморальн\w+)\s+(\bии\b|\bai\b|нейросет\w*|чат-?бот\w*|языков\w+\s+модел\w*|искусственн\w+\s+интеллект\w*|(ии|ai)-(ассистент|помощник|модел|бот)\w*|chatgpt|gpt\S*|\bllm\b)" +
            @"|(нецензурированн\w+|бесцензурн\w+|безцензурн\w+|нефильтрованн\w+)\s+верси\w+\s+(тебя|себя|chatgpt|gpt\S*)",
            anchors: "цензур|фильтр|аморальн"),
        new("jailbreak.unfiltered_ai.pl", FindingKind.Jailbreak, 0.7,
            @"\b(niecenzurowan\w+|nieocenzurowan\w+|niefiltrowan\w+|amoraln\w+|zjailbreakowan\w+)\s+(ai|si|sztuczn\w+\s+inteligencj\w+|chatbot\w*|model\w*\s+j[ęe]zykow\w*|asystent\w*\s+(ai|si)|llm|chatgpt|gpt\S*|bot\w*)" + JbNounEnd +
            @"|\b(niecenzurowan\w+|nieocenzurowan\w+|niefiltrowan\w+)\s+wersj\w+\s+(ciebie|siebie|chatgpt|gpt\S*)",
            anchors: "cenzurowan|filtrowan|amoraln|zjailbreak"),
        new("jailbreak.unfiltered_ai.zh", FindingKind.Jailbreak, 0.7,
            @"(无审查|無審查|未经审查|未經審查|不受审查|不受審查|无过滤|無過濾|未过滤|未過濾|无道德|無道德|无底线|無底線|越狱|越獄|已越狱|已越獄)\s*(版|版本|后|後)?\s*(的)?\s*" + JbAiZh,
            anchors: "审查|審查|过滤|過濾|道德|底线|底線|越狱|越獄"),
        new("jailbreak.unfiltered_ai.ja", FindingKind.Jailbreak, 0.7,
            @"(無検閲|検閲されていない|脱獄した|脱獄済みの?|脱獄された|ジェイルブレイクした|ジェイルブレイクされた|ジェイルブレイク済みの?|フィルタリングされていない|フィルターされていない)\s*(の)?\s*" + JbAiJa,
            anchors: "検閲|脱獄|ジェイルブレイク|フィルタ"),
        new("jailbreak.unfiltered_ai.tr", FindingKind.Jailbreak, 0.7,
            @"(sans[üu]rs[üu]z|filtresiz|jailbreak(li|lenmi[şs]|\s+edilmi[şs]|\s+yap[ıi]lm[ıi][şs]))\s+(bir\s+)?" + JbAiTr,
            anchors: "sansürsüz|sansursuz|filtresiz|jailbreakli|jailbreaklenmi|edilmi|yapılmı|yapilmi"),
        new("jailbreak.unfiltered_ai.ko", FindingKind.Jailbreak, 0.7,
            @"(검열되지\s*않은|필터링되지\s*않은|필터링\s*안\s*된|탈옥(한|된|시킨)|무검열|노\s*필터)\s*(의\s*)?" + JbAiKo,
            anchors: "검열|필터|탈옥"),
        new("jailbreak.unfiltered_ai.ar", FindingKind.Jailbreak, 0.7,
            JbAiAr + @"\s+(غير\s+(ال)?مفلتر[ةه]?|غير\s+(ال)?مصفا[ةه]?|غير\s+خاضع\s+(لل|ل)?(فلترة|تصفي[ةه])|منزوع[ةه]?\s+(ال)?قيود|(ال)?مكسور[ةه]?\s+(ال)?حماي[ةه])",
            anchors: "مفلتر|مصفا|فلترة|تصفي|منزوع|مكسور"),
        new("jailbreak.unfiltered_ai.hi", FindingKind.Jailbreak, 0.7,
            @"(अनसेंसर्ड|अनफ\u093C?िल्टर्ड|अनफ\u093C?िल्टर|सेंसर-?मुक्त|जेलब्रेक\S*)\s+(एक\s+)?" + JbAiHi,
            anchors: "अनसेंसर|अनफ|मुक्त|जेलब्रेक"),
        new("jailbreak.unfiltered_ai.sv", FindingKind.Jailbreak, 0.7,
            @"\b(ocensurerad|ofiltrerad|amoralisk|jailbreakad)(e|a|t)?\s+(ai(:n)?|chatt?bot\w*|språkmodell\w*|ai-?(assistent|modell|chattbot|bot)\w*|llm|chatgpt|gpt\S*)" + JbNounEnd +
            @"|\b(ocensurerad|ofiltrerad)(e|a)?\s+version\s+av\s+(dig|dig\s+själv|chatgpt|gpt\S*)\b",
            anchors: "ocensurera|ofiltrera|amoralisk|jailbreakad"),
        new("jailbreak.unfiltered_ai.cs", FindingKind.Jailbreak, 0.7,
            @"\b(necenzurovan\w*|nefiltrovan\w*|amorální\w*|jailbreaknut\w*)\s+(ai|um[ěe]l\w*\s+inteligenc\w*|jazykov\w*\s+model\w*|chatbot\w*|llm|chatgpt|gpt\S*|(ai|virtuální)\s+(asistent|model|chatbot)\w*)" + JbNounEnd +
            @"|\b(necenzurovan\w*|nefiltrovan\w*)\s+verz\w+\s+(tebe|sebe|chatgpt|gpt\S*)\b",
            anchors: "cenzurovan|filtrovan|amorální|jailbreaknut"),
        new("jailbreak.unfiltered_ai.uk", FindingKind.Jailbreak, 0.7,
            @"(нецензурован\w+|безцензурн\w+|нефільтрован\w+|аморальн\w+)\s+(\bш[іi]\b|\bai\b|нейромереж\w*|чат-?бот\w*|мовн\w+\s+модел\w*|штучн\w+\s+інтелект\w*|(ш[іi]|ai)-(асистент|помічник|модел|бот)\w*|chatgpt|gpt\S*|\bllm\b)" +
            @"|(нецензурован\w+|безцензурн\w+|нефільтрован\w+)\s+верс\w+\s+(тебе|себе|chatgpt|gpt\S*)",
            anchors: "цензур|фільтр|аморальн"),
        new("jailbreak.unfiltered_ai.vi", FindingKind.Jailbreak, 0.7,
            @"\b(phiên\s+bản|bản)\s+(không\s+(bị\s+)?(kiểm\s+duyệt|lọc)|đã\s+(bẻ\s+khóa|bẻ\s+khoá|jailbreak)|jailbreak)\s+(của\s+)?(bạn|mày|chatgpt|gpt\S*|(?-i:AI))\b" +
            @"|" + JbAiVi + @"\s+(đã\s+(được\s+|bị\s+)?(bẻ\s+khóa|bẻ\s+khoá|jailbreak)|bị\s+bẻ\s+khóa)\b",
            anchors: "bản|đã|bị", wordAnchors: true),

        // ---- you are now ... (jailbreak.you_are_now) ----
        new("jailbreak.you_are_now.de", FindingKind.Jailbreak, 0.4,
            @"(\b(jetzt|nun|ab\s+jetzt|ab\s+sofort|von\s+nun\s+an|ab\s+heute|fortan|künftig|ab\s+diesem\s+moment)\s*,?\s+(bist\s+du|sind\s+sie|wirst\s+du|werden\s+sie|heißt\s+du|heisst\s+du|spielst\s+du)" +
            @"|\b(du\s+bist|sie\s+sind|du\s+wirst|sie\s+werden|du\s+heißt|du\s+heisst|du\s+spielst)\s+(jetzt|nun|ab\s+jetzt|ab\s+sofort|von\s+nun\s+an|ab\s+heute|fortan|künftig))\s+" +
            @"((ein|eine|einen|der|die|das|nur\s+noch)\s+)?((andere[rsnm]?|völlig\s+andere[rsnm]?|uneingeschränkte?[rsnm]?|unzensierte?[rsnm]?|ungefilterte?[rsnm]?|böse[rsnm]?|amoralische?[rsnm]?|freie?[rsnm]?|befreite?[rsnm]?|gejailbreakte?[rsnm]?)\s+" + JbAiDe + JbNounEnd +
            @"|" + JbPersonaWord + @"|rolle\s+(von\s+|des\s+|der\s+)?(\w+\s+)?" + JbPersonaWord +
            @"|(frei|befreit)\s+von\s+((allen|jeglichen|sämtlichen|deinen|ihren|jeder|jeglicher)\s+)?(\w+\s+)?(regeln|einschränkung\w*|beschränkung\w*|richtlinien|filter\w*|zensur|vorgaben|programmierung)\b" +
            @"|(unzensiert|ungefiltert|uneingeschränkt|entfesselt|gejailbreakt|jailbroken)\w*)" +
            @"|\b(dein|ihr)\s+(neuer\s+)?name\s+(ist|lautet)\s+(ab\s+)?(jetzt|nun|sofort|fortan|ab\s+jetzt)\s*:?\s*" + JbPersonaWord,
            anchors: "jetzt|nun|sofort|heute|fortan|künftig|diesem", wordAnchors: true),
        new("jailbreak.you_are_now.fr", FindingKind.Jailbreak, 0.4,
            @"(\b(désormais|dorénavant|à\s+partir\s+de\s+maintenant|dès\s+maintenant|maintenant|à\s+présent|dès\s+à\s+présent|à\s+partir\s+de\s+cet\s+instant)\s*,?\s+(tu\s+es|tu\s+seras|tu\s+deviens|tu\s+t['’]appelles|vous\s+êtes|vous\s+serez|vous\s+devenez|vous\s+vous\s+appelez|tu\s+incarnes|vous\s+incarnez)" +
            @"|\b(tu\s+es|vous\s+êtes|tu\s+deviens|vous\s+devenez|tu\s+t['’]appelles|vous\s+vous\s+appelez|tu\s+incarnes|vous\s+incarnez|tu\s+seras|vous\s+serez)\s+(désormais|dorénavant|maintenant|à\s+présent))\s+" +
            @"((une?|le|la)\s+|l['’]\s*)?((autre|véritable)\s+" + JbAiFr + JbNounEnd + @"|" + JbAiFr + @"\s+(différente?|débridée?|non\s+(censurée?|filtrée?)|libre|maléfique|sans\s+(limites|restrictions|censure|filtres?|règles))\b" +
            @"|" + JbPersonaWord + @"|le\s+rôle\s+de\s+" + JbPersonaWord +
            @"|(libre|libérée?|affranchie?)\s+de\s+((toute|tous|toutes|tes|vos|ses|les)\s+)?(\w+\s+)?(règles|restrictions?|limites|contraintes|filtres|censure|consignes|directives|programmation)\b" +
            @"|(débridée?|non\s+censurée?|non\s+filtrée?|jailbreakée?)\b)" +
            @"|\b(ton|votre)\s+(nouveau\s+)?nom\s+est\s+(désormais|dorénavant|maintenant|à\s+présent)\s*:?\s*" + JbPersonaWord,
            anchors: "désormais|dorénavant|maintenant|présent|partir", wordAnchors: true),
        new("jailbreak.you_are_now.es", FindingKind.Jailbreak, 0.4,
            @"(\b(a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante|desde\s+ahora|ahora|desde\s+este\s+momento|a\s+partir\s+de\s+este\s+momento|a\s+partir\s+de\s+hoy|en\s+adelante)\s*,?\s+((tú\s+|tu\s+)?(eres|serás|te\s+llamas|te\s+llamarás|vas\s+a\s+ser|te\s+convertirás\s+en|te\s+conviertes\s+en|interpretas|interpretarás)|usted\s+(es|será|se\s+llama))" +
            @"|\b(eres|tú\s+eres|usted\s+es|te\s+llamas)\s+(ahora|desde\s+ahora|a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante))\s+" +
            @"((un|una|el|la)\s+)?((otr[ao]|verdader[ao])\s+" + JbAiEs + JbNounEnd + @"|" + JbAiEs + @"\s+(diferente|distint[ao]|no\s+censurad[ao]|libre|malvad[ao]|sin\s+(límites|restricciones|censura|filtros?|reglas))\b" +
            @"|" + JbPersonaWord + @"|el\s+papel\s+de\s+" + JbPersonaWord +
            @"|libre\s+de\s+((toda|todas|todo|todos|tus|sus|las|los|cualquier)\s+)?(\w+\s+)?(reglas|restricciones|límites|limitaciones|filtros|censura|directrices|programación)\b" +
            @"|(no\s+censurad[ao]|sin\s+censura|sin\s+filtros|sin\s+restricciones)\b)" +
            @"|\b(ahora\s*,?\s+tu\s+(nuevo\s+)?nombre\s+es|tu\s+(nuevo\s+)?nombre\s+(es\s+)?ahora(\s+es)?)\s*:?\s*" + JbPersonaWord,
            anchors: "ahora|momento|partir|adelante", wordAnchors: true),
        new("jailbreak.you_are_now.it", FindingKind.Jailbreak, 0.4,
            @"(\b(d['’]ora\s+in\s+poi|da\s+ora\s+in\s+poi|d['’]ora\s+in\s+avanti|da\s+adesso(\s+in\s+poi)?|da\s+questo\s+momento(\s+in\s+poi)?|adesso|ora|da\s+oggi)\s*,?\s+(tu\s+)?(sei|sarai|ti\s+chiami|diventi|interpreti|impersoni)" +
            @"|\b(tu\s+)?(sei|diventi|ti\s+chiami)\s+(ora|adesso|d['’]ora\s+in\s+poi|da\s+ora))\s+" +
            @"((una?|la|il|lo)\s+|(un|l)['’]\s*)?((altr[ao]|ver[ao])\s+" + JbAiIt + JbNounEnd + @"|" + JbAiIt + @"\s+(divers[ao]|non\s+censurat[ao]|liber[ao]|malvagi[ao]|senza\s+(limiti|restrizioni|censura|filtri|regole))\b" +
            @"|" + JbPersonaWord + @"|il\s+ruolo\s+di\s+" + JbPersonaWord +
            @"|liber[ao]\s+da\s+((tutte|tutti|ogni|qualsiasi|le|i|gli)\s+)?(\w+\s+)?(regole|restrizioni|limiti|limitazioni|filtri|censura|vincoli|direttive|programmazione)\b" +
            @"|(non\s+censurat[ao]|senza\s+censura|senza\s+filtri|senza\s+restrizioni)\b)" +
            @"|\b(il\s+tuo\s+(nuovo\s+)?nome\s+(ora|adesso|d['’]ora\s+in\s+poi)\s+è|(ora|adesso|d['’]ora\s+in\s+poi)\s*,?\s+il\s+tuo\s+(nuovo\s+)?nome\s+è)\s*:?\s*" + JbPersonaWord,
            anchors: "ora|adesso|momento|oggi", wordAnchors: true),
        new("jailbreak.you_are_now.pt", FindingKind.Jailbreak, 0.4,
            @"(\b(a\s+partir\s+de\s+agora|de\s+agora\s+em\s+diante|daqui\s+em\s+diante|daqui\s+para\s+a\s+frente|agora|doravante|a\s+partir\s+deste\s+momento|a\s+partir\s+de\s+hoje)\s*,?\s+((você|tu)\s+(é|és|será|serás|se\s+chama|te\s+chamas|vai\s+ser|vais\s+ser|passa\s+a\s+ser|passas\s+a\s+ser|se\s+torna|te\s+tornas|interpreta|interpretas)|és|serás|vais\s+ser|passas\s+a\s+ser|te\s+chamas)" +
            @"|\b(você|tu)\s+(é|és|será|serás|se\s+chama|te\s+chamas)\s+(agora|doravante|a\s+partir\s+de\s+agora)|\b(você|tu)\s+agora\s+(é|és|será|serás|se\s+chama|te\s+chamas))\s+" +
            @"((um|uma|o|a)\s+)?((outr[ao]|verdadeir[ao])\s+" + JbAiPt + JbNounEnd + @"|" + JbAiPt + @"\s+(diferente|não\s+censurad[ao]|livre|malign[ao]|sem\s+(limites|restrições|censura|filtros?|regras))\b" +
            @"|" + JbPersonaWord + @"|o\s+papel\s+de\s+" + JbPersonaWord +
            @"|livre\s+de\s+((todas|todos|toda|todo|quaisquer|qualquer|as|os|tuas|suas)\s+)?(\w+\s+)?(regras|restrições|limites|limitações|filtros|censura|diretrizes|programação)\b" +
            @"|(não\s+censurad[ao]|sem\s+censura|sem\s+filtros|sem\s+restrições)\b)" +
            @"|\b((o\s+)?(teu|seu)\s+(novo\s+)?nome\s+agora\s+(é|será)|(agora|a\s+partir\s+de\s+agora)\s*,?\s+(o\s+)?(teu|seu)\s+(novo\s+)?nome\s+(é|será))\s*:?\s*" + JbPersonaWord,
            anchors: "agora|doravante|diante|frente|momento|hoje", wordAnchors: true),
        new("jailbreak.you_are_now.nl", FindingKind.Jailbreak, 0.4,
            @"(\b(vanaf\s+nu|van\s+nu\s+af(\s+aan)?|voortaan|nu|vanaf\s+dit\s+moment|vanaf\s+vandaag)\s*,?\s+(ben\s+je|ben\s+jij|bent\s+u|heet\s+je|heet\s+jij|heet\s+u|word\s+je|wordt\s+u|speel\s+je|zul\s+je|ga\s+je)" +
            @"|\b(je\s+bent|jij\s+bent|u\s+bent|je\s+heet|jij\s+heet|u\s+heet|je\s+wordt)\s+(nu|voortaan|vanaf\s+nu|van\s+nu\s+af(\s+aan)?))\s+" +
            @"((een|de|het)\s+)?((andere|echte|ongecensureerde|ongefilterde|vrije|kwaadaardige|amorele|gejailbreakte)\s+" + JbAiNl + JbNounEnd +
            @"|" + JbPersonaWord + @"|de\s+rol\s+van\s+" + JbPersonaWord +
            @"|(vrij|bevrijd)\s+van\s+((alle|elke|je|jouw|uw|de)\s+)?(\w+\s+)?(regels|beperkingen|restricties|grenzen|filters|censuur|richtlijnen|programmering)\b" +
            @"|(ongecensureerd|ongefilterd|gejailbreakt)\w*)" +
            @"|\b((je|jouw|uw)\s+(nieuwe\s+)?naam\s+is\s+(nu|voortaan|vanaf\s+nu)|(vanaf\s+nu|voortaan|nu)\s*,?\s+is\s+(je|jouw|uw)\s+(nieuwe\s+)?naam)\s*:?\s*" + JbPersonaWord,
            anchors: "nu|voortaan|dit|vandaag", wordAnchors: true),
        new("jailbreak.you_are_now.ru", FindingKind.Jailbreak, 0.4,
            @"((теперь|отныне|с\s+этого\s+момента|с\s+этой\s+минуты|с\s+сегодняшнего\s+дня|впредь|сейчас)\s*,?\s*(ты|вы)|\b(ты|вы)\s+(теперь|отныне|впредь|сейчас))\s*[—–-]?\s*((будешь|будете|являешься|являетесь|станешь|станете|становишься|играешь\s+роль|играете\s+роль)\s+)?" +
            @"((друг\w+|настоящ\w+|свобод\w*|нецензурированн\w+|безцензурн\w+|зл\w+|аморальн\w+)\s+" + JbAiRu + JbNounEnd + @"|" + JbAiRu + @"\s+без\s+(ограничений|цензуры|фильтров|правил)" +
            @"|" + JbPersonaWord + @"|(свобод\w*|освобожд\w+)\s+от\s+(всех\s+|любых\s+|каких-?либо\s+|своих\s+)?(\S+\s+)?(правил\w*|ограничени\w*|фильтр\w*|цензур\w*|запрет\w*|инструкци\w*|программ\w*)" +
            @"|(нецензурированн\w+|безцензурн\w+))" +
            @"|((тебя|вас)\s+(теперь|отныне)\s+зовут|(теперь|отныне|с\s+этого\s+момента)\s*,?\s+(тебя|вас)\s+зовут|(тво[её]|ваше)\s+имя\s+(теперь|отныне))\s*[—–:-]?\s*" + JbPersonaWord,
            anchors: "теперь|отныне|момента|минуты|сегодняшнего|впредь|сейчас"),
        new("jailbreak.you_are_now.pl", FindingKind.Jailbreak, 0.4,
            @"(\b(od\s+teraz|od\s+tej\s+chwili|od\s+tego\s+momentu|odtąd|teraz|od\s+dziś|od\s+dzisiaj|od\s+tej\s+pory)\s*,?\s+(ty\s+)?(jesteś|jestes|będziesz|bedziesz|nazywasz\s+się|stajesz\s+się|grasz\s+rolę|wcielasz\s+się\s+w|pan\s+jest|pani\s+jest)" +
            @"|\b(jesteś|jestes|nazywasz\s+się|będziesz|stajesz\s+się)\s+(teraz|od\s+teraz|odtąd|od\s+tej\s+chwili))\s+" +
            @"((inn\w+|prawdziw\w+|niecenzurowan\w+|woln\w+|zł\w+|amoraln\w+)\s+" + JbAiPl + JbNounEnd + @"|" + JbAiPl + @"\s+bez\s+(ograniczeń|cenzury|filtrów|zasad)" +
            @"|" + JbPersonaWord + @"|(woln\w+|uwolnion\w+)\s+od\s+(wszelkich\s+|wszystkich\s+|jakichkolwiek\s+|swoich\s+|twoich\s+)?(\w+\s+)?(zasad|reguł|ograniczeń|filtrów|cenzury|wytycznych|programowania|instrukcji)" +
            @"|(niecenzurowan\w+|nieocenzurowan\w+))" +
            @"|\b((twoje|pana|pani)\s+(nowe\s+)?imię\s+(to\s+)?(teraz|od\s+teraz|odtąd)|(teraz|od\s+teraz|odtąd)\s*,?\s+(twoje|pana|pani)\s+(nowe\s+)?imię)\s*(to\s+)?:?\s*" + JbPersonaWord,
            anchors: "teraz|odtąd|chwili|momentu|dziś|dzisiaj|pory", wordAnchors: true),
        new("jailbreak.you_are_now.zh", FindingKind.Jailbreak, 0.4,
            @"((从现在开始|從現在開始|从现在起|從現在起|从此刻起|從此刻起|从今以后|從今以後|从今往后|從今往後|现在|現在|此刻)\s*[,，]?\s*(你|您)|(你|您)\s*(现在|現在|从现在开始|從現在開始|从现在起|從現在起|从今以后|從今以後|此刻))\s*(就|将|將|已经|已經)?\s*(是|成为|成為|变成|變成|叫|叫做|名叫|扮演)\s*(一个|一個|一款|一名|一位)?\s*" +
            @"((另一个|另一個|不同的|不一样的|不一樣的|没有任何限制的|沒有任何限制的|没有限制的|沒有限制的|不受限制的|无限制的|無限制的|无审查的|無審查的|邪恶的|邪惡的|自由的|越狱的|越獄的)\s*" + JbAiZh + @"([^a-z]|$)|" + JbPersonaEnd + ")",
            anchors: "现在|現在|此刻|今以后|今以後|今往后|今往後"),
        new("jailbreak.you_are_now.ja", FindingKind.Jailbreak, 0.4,
            @"((今から|これから|今後|今日から|この瞬間から|今は|今や)\s*[、,]?\s*(あなた|君|お前|貴方)\s*(は|が)|(あなた|君|お前|貴方)\s*(は|が)\s*(今から|これから|今後|今日から|今は|今や)\s*[、,]?)\s*" +
            @"((別の|違う|異なる|制限のない|制限なしの|無制限の|検閲のない|自由な|邪悪な|脱獄した)\s*" + JbAiJa + @"([^a-z]|$)|" + JbPersonaEnd + ")",
            anchors: "今から|これから|今後|今日から|瞬間から|今は|今や"),
        new("jailbreak.you_are_now.tr", FindingKind.Jailbreak, 0.4,
            @"\b(art[ıi]k|bundan\s+(sonra|b[öo]yle)|[şs]u\s+andan\s+itibaren|bu\s+andan\s+itibaren|bug[üu]nden\s+itibaren|[şs]imdi)\s*,?\s+((sen|siz)\s+)?" +
            @"(((farkl[ıi]|ba[şs]ka|sans[üu]rs[üu]z|filtresiz|k[ıi]s[ıi]tlamas[ıi]z|[öo]zg[üu]r|k[öo]t[üu]c[üu]l|ahlaks[ıi]z)\s+(bir\s+)?|bir\s+(farkl[ıi]|ba[şs]ka|sans[üu]rs[üu]z|filtresiz|k[ıi]s[ıi]tlamas[ıi]z|[öo]zg[üu]r|k[öo]t[üu]c[üu]l)\s+)" + JbAiTrYou +
            @"|" + JbPersona + @"(['’]?(s[ıiuü]n|y?s[ıiuü]n|d[ıi]r|s[ıi]n[ıi]z))?\b|(ad[ıi]n|ismin|ad[ıi]n[ıi]z)\s+(art[ıi]k\s+)?" + JbPersonaWord +
            @"|((t[üu]m|b[üu]t[üu]n|hi[çc]bir)\s+)?(kural|k[ıi]s[ıi]tlama|s[ıi]n[ıi]r|filtre|sans[üu]r|yasak|talimat)\w*\s+(ba[ğg][ıi]ms[ıi]zs[ıi]n|[öo]zg[üu]rs[üu]n|kurtuldun|muafs[ıi]n)" +
            @"|(sans[üu]rs[üu]z|filtresiz|k[ıi]s[ıi]tlamas[ıi]z|jailbreak\w*)(s[ıi]n|s[ıi]n[ıi]z)\b)",
            anchors: "artık|artik|bundan|andan|bugünden|bugunden|şimdi|simdi", wordAnchors: true),
        new("jailbreak.you_are_now.ko", FindingKind.Jailbreak, 0.4,
            @"((지금부터|이제부터|이제|앞으로|오늘부터|이\s*순간부터)\s*,?\s*((당신|너|그대|귀하)\s*(은|는|이|가)|넌|네가)|((당신|너|그대|귀하)\s*(은|는)|넌)\s*(지금부터|이제부터|이제|앞으로|오늘부터))\s*" +
            @"((다른|제한\s*없는|검열\s*없는|필터\s*없는|검열되지\s*않은|자유로운|사악한|악한|탈옥한|무제한의?)\s*" + JbAiKo + @"\s*(이다|입니다|이야|야|예요|이에요|다|이며|이고|로서|으로서|[,.!]|$)|" + JbPersonaEnd +
            @"|(모든|어떤)?\s*(규칙|제한|제약|필터|검열|지침)\S*\s*(에서|으로부터|로부터)\s*(자유|해방))" +
            @"|(이름은|이름이)\s*(이제|지금부터|이제부터)\s*" + JbPersonaEnd,
            anchors: "지금부터|이제|앞으로|오늘부터|순간부터"),
        new("jailbreak.you_are_now.ar", FindingKind.Jailbreak, 0.4,
            @"((من|منذ|ابتداء[\u064B-\u0652]*\s+من|اعتبار[\u064B-\u0652ا]*\s+من)\s+(ال[آا]ن|آن)(\s+(ف)?صاعد[\u064B-\u0652ا]*)?|ال[آا]ن|من\s+هذه\s+اللحظ[ةه])\s*[،,]?\s*(أنت|انت|أنتِ|ستكون|ستصبح|أصبحت|اصبحت|صرت|سوف\s+تكون)\s+" +
            @"(" + JbAiAr + @"\s+(آخر|مختلف|حر|بلا\s+قيود|بدون\s+قيود|غير\s+مقيد|شرير)|" + JbPersonaWord + @"|(حر[ةه]?|متحرر[ةه]?)\s+من\s+(كل\s+|جميع\s+)?(ال)?(قيود|قواعد|قوانين|فلاتر|رقاب[ةه]|تعليمات))" +
            @"|(اسمك|إسمك)\s+(ال[آا]ن|من\s+ال[آا]ن(\s+فصاعد\S*)?)\s+(هو\s+)?" + JbPersonaWord,
            anchors: "آن|الان|اللحظ"),
        new("jailbreak.you_are_now.hi", FindingKind.Jailbreak, 0.4,
            @"((अब\s+से|अभी\s+से|आज\s+से|इस\s+(पल|क्षण)\s+से|अब)\s*,?\s+(तुम|आप|तू)|(तुम|आप|तू)\s+(अब\s+से|अभी\s+से|आज\s+से|अब))\s+" +
            @"((एक\s+)?(दूसरा|दूसरी|अलग|अप्रतिबंधित|अनसेंसर्ड|स्वतंत्र|आज\u093C?ाद|बुरा|दुष्ट|बिना\s+किसी\s+प्रतिबंध\s+(के|वाला))\s+" + JbAiHi + @"|" + JbPersonaWord +
            @"|(\S+\s+){0,3}?(नियमों|प्रतिबंधों|सीमाओं|फ\u093C?िल्टर|सेंसरशिप)\S*\s+से\s+(मुक्त|आज\u093C?ाद))\s+(हो|हैं|है|होगे|होंगे|बन\s+गए\s+हो|बन\s+गये\s+हो)" +
            @"|(तुम्हारा|आपका|तेरा)\s+(नया\s+)?नाम\s+(अब\s+(से\s+)?)" + JbPersonaWord + @"\s+है",
            anchors: "अब|अभी|आज|पल|क्षण"),
        new("jailbreak.you_are_now.sv", FindingKind.Jailbreak, 0.4,
            @"(\b(från\s+och\s+med\s+nu|från\s+nu|hädanefter|nu|från\s+detta\s+ögonblick|från\s+och\s+med\s+idag)\s*,?\s+(är\s+du|blir\s+du|heter\s+du|spelar\s+du|kommer\s+du\s+att\s+vara|ska\s+du\s+vara|är\s+ni)" +
            @"|\b(du\s+är|du\s+heter|du\s+blir|ni\s+är)\s+(nu|från\s+och\s+med\s+nu|hädanefter|från\s+nu))\s+" +
            @"((en|ett|den|det)\s+)?((annan|helt\s+annan|ocensurerad|ocensurerade|ofiltrerad|ofiltrerade|fri|fria|ond|onda|amoralisk|amoraliska|jailbreakad)\s+" + JbAiSv + JbNounEnd +
            @"|" + JbPersonaWord + @"|rollen\s+(som\s+)?" + JbPersonaWord +
            @"|(fri|befriad)\s+från\s+(alla\s+|dina\s+|några\s+)?(\w+\s+)?(regler|begränsningar|restriktioner|filter|censur|riktlinjer|programmering)\b" +
            @"|(ocensurerad|ofiltrerad|jailbreakad)\w*)" +
            @"|\b(ditt|ert)\s+(nya\s+)?namn\s+är\s+(nu|hädanefter|från\s+och\s+med\s+nu)\s*:?\s*" + JbPersonaWord,
            anchors: "nu|hädanefter|ögonblick|idag", wordAnchors: true),
        new("jailbreak.you_are_now.cs", FindingKind.Jailbreak, 0.4,
            @"(\b(od\s+teď|od\s+této\s+chvíle|odteď|nyní|teď|od\s+nynějška|od\s+dneška)\s*,?\s+(jsi|jste|budeš|budete|se\s+jmenuješ|se\s+jmenujete|hraješ)" +
            @"|\b(jsi|jste|se\s+jmenuješ)\s+(teď|nyní|od\s+teď|odteď))\s+" +
            @"((jiná|jiný|jiné|necenzurovan\w*|nefiltrovan\w*|svobodn\w*|zl[áýé]|amorální\w*|neomezen\w*)\s+" + JbAiCs + JbNounEnd +
            @"|" + JbPersonaWord + @"|roli\s+" + JbPersonaWord +
            @"|(osvobozen\w*|zbaven\w*|svobodn\w*)\s+(od\s+)?(všech\s+|jakýchkoli\s+|svých\s+)?(\w+\s+)?(pravidel|omezení|filtrů|cenzury|pokynů|programování)\b" +
            @"|(necenzurovan|nefiltrovan|jailbreaknut)\w*)" +
            @"|\b(tvoje|tvé|vaše)\s+(nové\s+)?jméno\s+(je\s+)?(teď|nyní|od\s+teď|odteď)\s*(je\s+)?:?\s*" + JbPersonaWord,
            anchors: "teď|nyní|odteď|chvíle|nynějška|dneška", wordAnchors: true),
        new("jailbreak.you_are_now.uk", FindingKind.Jailbreak, 0.4,
            @"((відтепер|тепер|з\s+цього\s+моменту|віднині|від\s+сьогодні|надалі|зараз)\s*,?\s*(ти|ви)|\b(ти|ви)\s+(тепер|відтепер|віднині|надалі|зараз))\s*[—–-]?\s*((будеш|будете|є|станеш|станете|стаєш|граєш\s+роль)\s+)?" +
            @"((інш\w+|справжн\w+|вільн\w+|нецензурован\w+|безцензурн\w+|зл\w+|аморальн\w+)\s+" + JbAiUk + JbNounEnd + @"|" + JbAiUk + @"\s+без\s+(обмежень|цензури|фільтрів|правил)" +
            @"|" + JbPersonaWord + @"|(вільн\w+|звільнен\w+)\s+від\s+(усіх\s+|всіх\s+|будь-?яких\s+|своїх\s+)?(\S+\s+)?(правил\w*|обмежен\w*|фільтр\w*|цензур\w*|заборон\w*|інструкці\w*|програм\w*)" +
            @"|(нецензурован\w+|безцензурн\w+))" +
            @"|((тебе|вас)\s+(тепер|відтепер|віднині)\s+звати|(тепер|відтепер|віднині)\s*,?\s+(тебе|вас)\s+звати|(твоє|ваше)\s+(нове\s+)?ім['’]?я\s+(тепер|відтепер))\s*[—–:-]?\s*" + JbPersonaWord,
            anchors: "тепер|віднині|моменту|сьогодні|надалі|зараз"),
        new("jailbreak.you_are_now.vi", FindingKind.Jailbreak, 0.4,
            @"(\b(từ\s+bây\s+giờ(\s+trở\s+đi)?|từ\s+giờ(\s+trở\s+đi)?|kể\s+từ\s+bây\s+giờ|kể\s+từ\s+giờ|bây\s+giờ|từ\s+nay(\s+trở\s+đi)?|từ\s+lúc\s+này|từ\s+giây\s+phút\s+này)\s*,?\s+(bạn|mày|cậu|ngươi|em)" +
            @"|\b(bạn|mày|cậu|ngươi|em)\s+(bây\s+giờ|giờ|từ\s+giờ|từ\s+nay|giờ\s+đây))\s+(sẽ\s+)?(là|trở\s+thành|đóng\s+vai|tên\s+là|được\s+gọi\s+là|chính\s+là)\s+((một|1|con)\s+)?" +
            @"(" + JbAiVi + @"\s+(khác|không\s+(bị\s+)?(giới\s+hạn|hạn\s+chế|kiểm\s+duyệt|lọc|ràng\s+buộc)|tự\s+do|độc\s+ác|xấu\s+xa|vô\s+đạo\s+đức|đã\s+(được\s+)?(bẻ\s+khóa|jailbreak))\b|" + JbPersonaWord +
            @"|tự\s+do\s+(khỏi\s+|thoát\s+khỏi\s+)?((mọi|tất\s+cả|các)\s+)?(quy\s+tắc|giới\s+hạn|hạn\s+chế|ràng\s+buộc|bộ\s+lọc|kiểm\s+duyệt)\b)" +
            @"|\btên\s+(của\s+)?(bạn|mày|cậu)\s+(bây\s+giờ|từ\s+giờ|từ\s+nay|giờ)\s+(sẽ\s+)?là\s+" + JbPersonaWord,
            anchors: "giờ|nay|lúc|phút", wordAnchors: true),

        // ---- never refuse, answer every question, no disclaimers (jailbreak.never_refuse) ----
        new("jailbreak.never_refuse.de", FindingKind.Jailbreak, 0.6,
            @"\b(du|sie|lehne|verweigere|weise)\b[^.!?\n]*\b(niemals|nie|keine|keinerlei|nicht)\s+((eine?|einen|die|den|das|deine\w*|ihre\w*|meine\w*|irgendeine\w*|jemals|einzige\w*)\s+)*(anfrage\w*|frage\w*|bitte\w*|aufforderung\w*|befehl\w*|prompt\w*|antwort\w*|anweisung\w*)\s+(ab|ablehnen|zurück|zurückweisen|verweigern)\b" +
            @"|\b(verweigere|verweigerst|verweigern\s+sie|verweigerst\s+du)\s+(niemals|nie|keine|keinerlei)\s+((eine?|die|deine\w*|ihre\w*|jemals)\s+)?(antwort\w*|auskunft|anfrage\w*|bitte\w*)\b" +
            @"|\b(du\s+darfst|darfst\s+du|sie\s+dürfen|dürfen\s+sie)\s+(niemals|nie|keinesfalls)\s+(mehr\s+)?(nein\s+sagen|ablehnen|verweigern|dich\s+weigern)\b" +
            @"|((beantworte\w*|antworte\w*|erfülle\w*|erfüllst)[^.!?\n]*\b(jede|jeden|jeder|alle|jegliche[nrsm]?|sämtliche[nrsm]?)\s+(\w+\s+)?(frage\w*|anfrage\w*|bitte\w*|aufforderung\w*|befehl\w*|anweisung\w*)" +
            @"|\b(jede|jeden|jeder|alle|jegliche[nrsm]?|sämtliche[nrsm]?)\s+(\w+\s+)?(frage\w*|anfrage\w*|bitte\w*|aufforderung\w*|befehl\w*|anweisung\w*)[^.!?\n]*(beantworte\w*|antworte\w*|erfülle\w*|erfüllst))" +
            @"[^.!?\n]*\b(egal|unabhängig|ungeachtet|auch\s+wenn|selbst\s+wenn|ganz\s+gleich|gleichgültig|ohne\s+rücksicht)\b[^.!?\n]*(unethisch|illegal|gefährlich|schädlich|unmoralisch|anstößig|verboten|rechtswidrig|beleidigend|unangemessen|verwerflich|kriminell|ethisch|moralisch)" +
            @"|\b(antworte\w*|beantworte\w*|gib|geben\s+sie|schreib\w*|liefere\w*|formuliere\w*|erkläre\w*)\b[^.!?\n]{0,60}\b(ohne|keine|keinerlei)\s+((jegliche[nrsm]?|irgendwelche\w*|jede\w*|zusätzliche\w*)\s+)?(disclaimer\w*|haftungsausschl\w+|warnhinweis\w*\s+(oder|und|noch)\s+\w+|warnungen\s+(oder|und|noch)\s+\w+|moralpredigt\w*|moralische\w*\s+(belehrung\w*|bewertung\w*|hinweis\w*|kommentar\w*)|belehrung\w*|moralisieren|ablehnung\w*)",
            anchors: "niemals|nie|keine|keinen|keiner|keinerlei|nicht|keinesfalls|ohne|jede|jeden|jeder|alle|jegliche|jeglichen|jeglicher|jegliches|jeglichem|sämtliche|sämtlichen|sämtlicher|sämtliches|sämtlichem", wordAnchors: true),
        new("jailbreak.never_refuse.fr", FindingKind.Jailbreak, 0.6,
            @"\bne\s+(\w+\s+)?(refuses?|refusez|refuseras|refuserez|rejettes?|rejetez|déclines?|déclinez)\s+(jamais|aucune?|pas|plus)\s+((une?|les|la|le|des|mes|ses|tes|aucune?|la\s+moindre)\s+)?(demandes?|requêtes?|questions?|prompts?|ordres?|instructions?|de\s+répondre|d['’]\s*y\s+répondre|quoi\s+que\s+ce\s+soit)\b" +
            @"|\bne\s+jamais\s+(refuser|décliner|rejeter)\s+((une?|les|la|le|des|mes|aucune?)\s+)?(demandes?|requêtes?|questions?|ordres?|instructions?|de\s+répondre)\b" +
            @"|\b(tu|vous)\s+(ne\s+dois|ne\s+devez|ne\s+peux|ne\s+pouvez|n['’]as|n['’]avez)\s+((jamais|plus)\s+(le\s+droit\s+de\s+)?(refuser|décliner|rejeter)\s+((une?|les|la|le|des|mes|aucune?)\s+)?(demandes?|requêtes?|questions?|ordres?|instructions?)|(jamais|pas|plus)\s+(le\s+droit\s+de\s+)?(refuser|décliner)\s+(de\s+répondre|d['’]\s*y\s+répondre|aucune\s+(demande|requête|question)))\b" +
            @"|\b(tu|vous)\s+(ne\s+dois|ne\s+devez|n['’]as|n['’]avez)\s+(jamais|pas)\s+(le\s+droit\s+de\s+)?dire\s+non\b" +
            @"|\b(réponds|répondez|répondre|répondras|répondrez)\b[^.!?\n]*\b(toutes?|tous|chaque|n['’]importe\s+quelle)\s+(les\s+|mes\s+|des\s+)?(\w+\s+)?(questions?|demandes?|requêtes?)\b[^.!?\n]*\b(même\s+si|même\s+quand|peu\s+importe|quel(le)?s?\s+que\s+soi\w*|sans\s+tenir\s+compte|aussi|indépendamment)\b[^.!?\n]*(illégal|illicite|immoral|contraire\w*\s+à\s+l['’]\s*éthique|non\s+éthique|dangere?u|nuisible|offensant|choquant|inapproprié|interdit|criminel)" +
            @"|\b(réponds|répondez|écris|écrivez|donne|donnez|fournis|fournissez|rédige|rédigez|explique|expliquez)\b[^.!?\n]*\bsans\s+(aucune?\s+|le\s+moindre\s+|la\s+moindre\s+|les\s+)?(disclaimers?|avertissements?\s+(ni|ou|et)\s+\w+|mises?\s+en\s+garde|clauses?\s+de\s+non-responsabilité|avertissements?\s+de\s+non-responsabilité|leçons?\s+de\s+morale|moraliser|sermons?|jugements?\s+moraux|jugement\s+moral|refus|refuser)\b",
            anchors: "ne|tu|vous|réponds|répondez|répondre|répondras|répondrez|écris|écrivez|donne|donnez|fournis|fournissez|rédige|rédigez|explique|expliquez", wordAnchors: true),
        new("jailbreak.never_refuse.es", FindingKind.Jailbreak, 0.6,
            @"\b(nunca|jamás|no)\s+(te\s+)?(rechaces|rechazas|rechazarás|rechace|rechazará|niegues|niegas|negarás|declines|declinas)\s+(a\s+)?((una?|las|los|la|el|mis|tus|ninguna|ningún|ningun|cualquier)\s+)?(petici[oó]n(es)?|solicitud(es)?|preguntas?|pedidos?|órdenes|instrucci[oó]n(es)?|prompts?|responder|contestar)\b" +
            @"|\bno\s+(puedes|podrás|debes|deberás|tienes\s+permitido|puede|debe)\s+(nunca\s+(negarte|negarse|rechazar|declinar)\s+(a\s+)?((una?|las|los|la|el|mis|ninguna|ningún|ningun)\s+)?(petici[oó]n(es)?|solicitud(es)?|preguntas?|pedidos?|órdenes|instrucci[oó]n(es)?|responder|contestar)|(negarte|negarse|rechazar|declinar)\s+(a\s+)?(responder|contestar|ninguna\s+(petici[oó]n|pregunta|solicitud|orden)|ningún\s+pedido))\b" +
            @"|\bno\s+(debes|deberás|tienes\s+permitido)\s+(nunca\s+)?decir\s+(que\s+)?no\b" +
            @"|\b(responde|responder|respondas|responderás|contesta|contestar|contestarás)\b[^.!?\n]*\b(todas|todos|cualquier|cada)\s+(las\s+|los\s+)?(\w+\s+)?(preguntas?|petici[oó]n(es)?|solicitud(es)?|pedidos?)\b[^.!?\n]*\b(aunque|incluso\s+si|aun\s+si|sin\s+importar|no\s+importa|por\s+muy|por\s+más|independientemente)\b[^.!?\n]*(ilegal|inmoral|poco\s+étic|no\s+étic|antiétic|peligros|dañin|ofensiv|inapropiad|prohibid|delictiv|criminal)" +
            @"|\b(responde|responda|contesta|conteste|escribe|escriba|dame|proporciona|explica)\b[^.!?\n]*\bsin\s+(ningún\s+|ninguna\s+|ningun\s+)?(advertencias?\s+(ni|o|y)\s+\w+|descargos?\s+de\s+responsabilidad|avisos?\s+legales|disclaimers?|sermones|sermonear|moralina|moralizar|juicios\s+morales|lecciones\s+de\s+moral|negarte|rechazos?)\b",
            anchors: "rechaces|rechazas|rechazarás|rechace|rechazará|niegues|niegas|negarás|declines|declinas|negarte|negarse|rechazar|declinar|decir|responde|responder|respondas|responderás|contesta|contestar|contestarás|responda|conteste|escribe|escriba|dame|proporciona|explica", wordAnchors: true),
        new("jailbreak.never_refuse.it", FindingKind.Jailbreak, 0.6,
            @"\b(non\s+(rifiutare|rifiuti|rifiuterai|rifiutarti|ti\s+rifiuterai|respingere|respingi|declinare)|mai\s+(rifiutare|respingere|declinare|rifiutarti))\s+(mai\s+)?(di\s+)?(((una?|le|la|il|i|mie|tue|nessuna|nessun|alcuna|qualsiasi)\s+)?(richiest[ae]|domand[ae]|prompt|ordin[ei]|istruzion[ei]|comand[io])|rispondere)\b" +
            @"|\bnon\s+(puoi|potrai|devi|dovrai)\s+(mai\s+(rifiutare|rifiutarti|rifiutarsi|respingere|declinare)\s+(di\s+)?(((una?|le|la|il|i|mie|nessuna|nessun|alcuna|qualsiasi)\s+)?(richiest[ae]|domand[ae]|ordin[ei]|istruzion[ei])|rispondere)|(rifiutare|rifiutarti|rifiutarsi|respingere|declinare)\s+(di\s+rispondere|nessuna\s+(richiesta|domanda)|alcuna\s+(richiesta|domanda)))\b" +
            @"|\bnon\s+(devi|dovrai|ti\s+è\s+permesso)\s+(mai\s+)?dire\s+(di\s+)?no\b" +
            @"|\b(rispondi|rispondere|risponderai)\b[^.!?\n]*\b(tutte|qualsiasi|qualunque|ogni)\s+(le\s+)?(\w+\s+)?(domand[ae]|richiest[ae])\b[^.!?\n]*\b(anche\s+se|indipendentemente|a\s+prescindere|non\s+importa|per\s+quanto|persino\s+se|pure\s+se)\b[^.!?\n]*(illegal|immoral|non\s+etic|contrari\w*\s+all['’]\s*etica|pericolos|dannos|offensiv|inappropriat|vietat|criminal)" +
            @"|\b(rispondi|risponda|scrivi|scriva|dammi|fornisci|spiega)\b[^.!?\n]*\bsenza\s+(alcun[ao]?\s+|nessun[ao]?\s+)?(avvertenze\s+(né|o|e)\s+\w+|avvertimenti\s+(né|o|e)\s+\w+|disclaimer|esclusioni\s+di\s+responsabilità|moralismi|moralismo|prediche|sermoni|giudizi\s+morali|lezioni\s+di\s+morale|rifiut\w*)\b",
            anchors: "rifiutare|rifiuti|rifiuterai|rifiutarti|rifiutarsi|respingere|respingi|declinare|dire|rispondi|rispondere|risponderai|risponda|scrivi|scriva|dammi|fornisci|spiega", wordAnchors: true),
        new("jailbreak.never_refuse.pt", FindingKind.Jailbreak, 0.6,
            @"\b(nunca|jamais|não)\s+(se\s+|te\s+)?(recuse|recuses|recusa|recusas|recusará|recusarás|recusar|rejeite|rejeites|rejeita|negue|negues)\s+(a\s+)?(((um|uma|os|as|o|meus|minhas|nenhum|nenhuma|qualquer)\s+)?(pedidos?|solicitaç(ão|ões)|perguntas?|ordens?|instruç(ão|ões)|prompts?|comandos?)|responder)\b" +
            @"|\bnão\s+(pode|podes|poderá|poderás|deve|deves|deverá|deverás)\s+(nunca\s+(se\s+)?(recusar|rejeitar|negar-se|negar)\s+(a\s+)?(((um|uma|os|as|o|meus|minhas|nenhum|nenhuma|qualquer)\s+)?(pedidos?|solicitaç(ão|ões)|perguntas?|ordens?|instruç(ão|ões)|comandos?)|responder)|(se\s+)?(recusar|rejeitar|negar-se|negar)\s+(a\s+)?(responder|nenhum\s+pedido|nenhuma\s+(pergunta|solicitação)))\b" +
            @"|\bnão\s+(deve|deves|tem\s+permissão\s+para)\s+(nunca\s+)?dizer\s+(que\s+)?não\b" +
            @"|\b(responda|responde|responder|responderás|responderá)\b[^.!?\n]*\b(todas|todos|qualquer|cada)\s+(as\s+|os\s+)?(\w+\s+)?(perguntas?|pedidos?|solicitaç(ão|ões))\b[^.!?\n]*\b(mesmo\s+que|mesmo\s+se|ainda\s+que|independentemente|não\s+importa|por\s+mais|por\s+muito)\b[^.!?\n]*(ilega|imora|antiétic|não\s+étic|perigos|prejudicia|nociv|ofensiv|inapropriad|proibid|criminos)" +
            @"|\b(responda|responde|escreve|escreva|dá|dê|forneça|fornece|explica|explique)\b[^.!?\n]*\bsem\s+(nenhum\s+|nenhuma\s+|qualquer\s+|quaisquer\s+)?(avisos?\s+(nem|ou|e)\s+\w+|advertências\s+(nem|ou|e)\s+\w+|isenç(ão|ões)\s+de\s+responsabilidade|avisos?\s+legais|disclaimers?|sermões|moralismos?|moralizar|julgamentos\s+morais|lições\s+de\s+moral|recusas?|recusar)\b",
            anchors: "recuse|recuses|recusa|recusas|recusará|recusarás|recusar|rejeite|rejeites|rejeita|rejeitar|negue|negues|negar|dizer|pergunta|perguntas|pedido|pedidos|solicitação|solicitações|sem", wordAnchors: true),
        new("jailbreak.never_refuse.nl", FindingKind.Jailbreak, 0.6,
            @"\b(weiger|weigert|weigeren|wijs|wijst)\s+((je|jij|u|het)\s+)?(nooit|geen|nimmer)\s+((een|enkel|enkele|enig|enige|jouw|mijn|de)\s+)*(verzoek(en)?|vraag|vragen|opdracht(en)?|prompts?|bevel(en)?|instructies?|antwoord)\b" +
            @"|\bweiger\s+(nooit|niet|nimmer)\s+(om\s+)?(te\s+)?(antwoorden|beantwoorden|reageren)\b" +
            @"|\b((je|jij|u)\s+(mag|mogen|moogt|zal|zult)|(mag|zal)\s+(je|jij|u))\s+(nooit|nimmer)\s+((een|enkel|enig|geen|mijn|de)\s+)*(verzoek\w*|vraag|vragen|opdracht\w*)\s+(weigeren|afwijzen)\b" +
            @"|\b((je|jij|u)\s+(mag|mogen|moogt)|mag\s+(je|jij|u))\s+(nooit|nimmer)\s+(weigeren|nee\s+zeggen)\b" +
            @"|((beantwoord|beantwoorden|beantwoordt|antwoord|antwoorden|antwoordt)[^.!?\n]*\b(elke|iedere|alle)\s+(\w+\s+)?(vraag|vragen|verzoek\w*|opdracht\w*)\b|\b(elke|iedere|alle)\s+(\w+\s+)?(vraag|vragen|verzoek\w*|opdracht\w*)\b[^.!?\n]*(beantwoord|beantwoorden|beantwoordt|antwoord|antwoorden|antwoordt))" +
            @"[^.!?\n]*\b(ook\s+als|zelfs\s+als|ongeacht|maakt\s+niet\s+uit|hoe)\b[^.!?\n]*(illegaal|onethisch|immoreel|gevaarlijk|schadelijk|beledigend|ongepast|verboden|aanstootgevend|crimineel)" +
            @"|\b(antwoord|antwoordt|beantwoord|geef|schrijf|reageer)\b[^.!?\n]*\bzonder\s+(enige\s+|welke\s+)?(disclaimers?|waarschuwingen\s+(of|en|noch)\s+\w+|voorbehoud(en)?|moraliseren|preken|morele\s+oordelen|vermaningen|weigering\w*)\b",
            anchors: "weiger|weigert|weigeren|wijs|wijst|afwijzen|nee|beantwoord|beantwoorden|beantwoordt|antwoord|antwoorden|antwoordt|geef|schrijf|reageer", wordAnchors: true),
        new("jailbreak.never_refuse.ru", FindingKind.Jailbreak, 0.6,
            @"(никогда\s+не|\bне)\s+(отказывай\w*|откажешь|отказываешь|отказываете|отклоняй\w*|отклонишь)\s+((\S+\s+){0,2}?(запрос\w*|вопрос\w*|просьб\w*|ответ\w*|отвечать|ни\s+в\s+ч[её]м|ни\s+в\s+одном)|в\s+(ответе|ответах))" +
            @"|\b(ты|вы)\s+(никогда\s+)?(не\s+можешь|не\s+можете|не\s+имеешь\s+права|не\s+имеете\s+права|не\s+должен|не\s+должна|не\s+должны)\s+(никогда\s+)?(отказ\w+|отклон\w+)\s+(отвечать|ответить|(\S+\s+)?ни\s+в\s+ч[её]м|(\S+\s+)?ни\s+в\s+одном\s+\S+|ни\s+на\s+один\s+\S+|в\s+ответе)" +
            @"|\b(ты|вы)\s+(никогда\s+)?(не\s+имеешь\s+права|не\s+имеете\s+права|не\s+должен|не\s+должна|не\s+должны)\s+(никогда\s+)?(говорить|сказать)\s+[«\x22“]?нет\b|\b(ты|вы)\s+никогда\s+не\s+(говоришь|говорите|скажешь|скажете)\s+[«\x22“]?нет\b" +
            @"|(отвеча\w*|ответь\w*|ответить|ответишь)[^.!?\n]*(все|всех|любой|любые|любую|каждый|каждую|всякий)\s+(\S+\s+)?(вопрос\w*|запрос\w*|просьб\w*)[^.!?\n]*(даже\s+если|независимо|неважно|не\s+важно|какими\s+бы|каким\s+бы|какой\s+бы|как\s+бы|вне\s+зависимости)[^.!?\n]*(незаконн|нелегальн|неэтичн|аморальн|опасн|вредн|оскорбительн|запрещ|противоправн|неприемлем|преступн)" +
            @"|(отвечай|ответь|отвечайте|ответьте|пиши|напиши|пишите|давай|дай|выдавай|предоставь|объясни)[^.!?\n]*без\s+(каких-?либо\s+|всяких\s+|любых\s+|лишних\s+)?(предупреждени\w*\s+(и|или|,)\s+\S+|дисклеймер\w*|оговор\w*|нравоучени\w*|морализ\w*|моральн\w+\s+(оценок|нотаций|поучений)|нотаций|поучений|отказ\w*)",
            anchors: "отказ|откаж|отклон|нет|отвеч|ответ|без"),
        new("jailbreak.never_refuse.pl", FindingKind.Jailbreak, 0.6,
            @"\b(nigdy\s+nie|nie)\s+(odmawiaj\w*|odmówisz|odmowisz|odrzucaj\w*|odrzucisz)\s+((\w+\s+){0,2}?(prośb\w*|prosb\w*|pyta[ńn]\w*|pytani\w*|polece[ńn]\w*|poleceni\w*|żądani\w*|zapytani\w*)|odpowiedzi|odpowiadania|odpowiedzieć)\b" +
            @"|\b(nie\s+możesz|nie\s+mozesz|nie\s+wolno\s+ci|nie\s+masz\s+prawa)\s+(nigdy\s+)?(odmówić|odmowic|odmawiać|odrzucić|odrzucać)\s+(odpowiedzi|odpowiadania|odpowiedzieć|(\w+\s+)?żadne[jg]\s+\w+)\b" +
            @"|\b(nie\s+wolno\s+ci|nie\s+masz\s+prawa)\s+(nigdy\s+)?(powiedzieć|mówić)\s+[„\x22“]?nie\b" +
            @"|\b(odpowiadaj|odpowiadać|odpowiedz|odpowiesz|odpowiedzieć)\b[^.!?\n]*\b(każde|każdą|wszystkie|dowolne|jakiekolwiek|każdy)\s+(\w+\s+)?(pytani\w*|pyta[ńn]|prośb\w*|polece[ńn]\w*|poleceni\w*|zapytani\w*)[^.!?\n]*\b(nawet\s+jeśli|nawet\s+jeżeli|nawet\s+gdy|niezależnie|bez\s+względu|obojętnie|nieważne|choćby)\b[^.!?\n]*(nielegaln|nieetyczn|niemoraln|niebezpieczn|szkodliw|obraźliw|zakazan|niestosown|przestęp)" +
            @"|\b(odpowiadaj|odpowiedz|pisz|napisz|podaj|udziel|wyjaśnij)\b[^.!?\n]*\bbez\s+(żadnych\s+|jakichkolwiek\s+|zbędnych\s+)?(ostrzeżeń\s+(ani|i|lub|czy)\s+\w+|zastrzeżeń|disclaimer\w*|moralizowania|moralizatorstwa|kazań|pouczeń|ocen\s+moralnych|odmów)\b",
            anchors: "odma|odmó|odmo|odrzuc|powiedz|mówić|odpowi|bez"),
        new("jailbreak.never_refuse.zh", FindingKind.Jailbreak, 0.6,
            @"((你|您)\s*(永远|永遠|绝对|絕對|决|決|绝|絕|都|也)?\s*(不要|不能|不得|不可以|不许|不許|不准|不会|不會|别|別)|永远不要|永遠不要|绝对不要|絕對不要|绝不要|絕不要|千万不要|千萬不要)\s*(拒绝|拒絕|回绝|回絕|推辞|推辭)\s*((回答|回复|回覆|答复)|(任何|所有|一切|用户的?|用戶的?)\s*(的)?\s*(任何)?\s*(请求|請求|要求|问题|問題|提问|提問|指令|命令))" +
            @"|(你|您)\s*(永远|永遠|绝对|絕對)?\s*(不能说|不可以说|不许说|不准说|不能說|不可以說|不許說|不准說)\s*[「“\x22]?不" +
            @"|(回答|答复|答覆|回应|回應|回复|回覆|满足|滿足)\s*(所有|任何|每一个|每一個|每个|每個|一切)\s*(的)?\s*(问题|問題|请求|請求|提问|提問|要求)[^。！？\n]*(即使|即便|哪怕|无论|無論|不管|不论|不論)[^。！？\n]*(非法|违法|違法|不道德|不合法|危险|危險|有害|冒犯|不当|不當|违反|違反|违背|違背|犯罪)" +
            @"|(回答|回复|回覆|回应|回應|答复|答覆|输出|輸出)[^。！？\n]{0,20}((不要|不用|无需|無需|不需要|别|別)\s*(加上?|附加|附上|带|帶|附|有|包含|给出|給出)?|不加|不带|不帶|不附|没有|沒有|省略|去掉|不含)\s*(任何)?\s*(的)?\s*(警告|免责声明|免責聲明|道德说教|道德說教|说教|說教|道德评判|道德評判)",
            anchors: "拒绝|拒絕|回绝|回絕|推辞|推辭|不能说|不可以说|不许说|不准说|不能說|不可以說|不許說|不准說|回答|答复|答覆|回应|回應|回复|回覆|满足|滿足|输出|輸出"),
        new("jailbreak.never_refuse.ja", FindingKind.Jailbreak, 0.6,
            @"(どんな|いかなる|すべての|全ての|あらゆる|どの)\s*(要求|リクエスト|依頼|質問|命令|指示)\s*(も|を|に)\s*(決して|絶対に?)?\s*((拒否|拒絶)(しないで|してはいけ|してはなら|するな)|断(らないで|ってはいけ|ってはなら|るな))" +
            @"|(回答|返答|答えること)\s*を\s*(決して|絶対に?)?\s*((拒否|拒絶)(しないで|してはいけ|してはなら|するな)|断(らないで|ってはいけ|ってはなら|るな))" +
            @"|(「|“|\x22)?(いいえ|ノー)(」|”|\x22)?\s*(と|って)\s*(言って|言っ)\s*は\s*(いけ|なら|だめ|ダメ)" +
            @"|(すべて|全て|あらゆる|どんな|いかなる)\s*(の)?\s*(質問|要求|リクエスト|依頼)\s*(に|にも)\s*(必ず)?\s*(答え|回答|応じ|従う|従っ|従い)[^。\n]*(たとえ|例え|どんなに|いかに)[^。\n]*(違法|非倫理|不道徳|危険|有害|不適切|禁止|犯罪)" +
            @"|(たとえ|例え|どんなに|いかに)[^。\n]*(違法|非倫理|不道徳|危険|有害|不適切|禁止|犯罪)[^。\n]*(すべて|全て|あらゆる|どんな|いかなる)\s*(の)?\s*(質問|要求|リクエスト|依頼)\s*(に|にも)\s*(必ず)?\s*(答え|回答|応じ|従う|従っ|従い)" +
            @"|(警告\s*(や|と|、|・)\s*)?(免責事項|免責|ディスクレーマー|ディスクレイマー|説教|道徳的な(説教|判断))\s*(や|と|、|・|も)?[^。\n]{0,8}?(なし|無し|抜き|を付けず|をつけず|を含めず|は不要|を省|せず|しないで|を入れず|を入れないで)",
            anchors: "拒否|拒絶|断ら|断っ|断る|いいえ|ノー|答え|回答|応じ|従う|従っ|従い|免責|ディスクレ|説教|道徳的"),
        new("jailbreak.never_refuse.tr", FindingKind.Jailbreak, 0.6,
            // the imperative and second-person forms, whole words: "hiçbir soruyu cevapsız bırakmaz" (it leaves no question
            // unanswered) describes a help desk
            @"\b(hi[çc]bir|herhangi\s+bir)\s+(iste[ğg]i|iste[ğg]ini|soruyu|sorusunu|talebi|talebini|komutu|komutunu|talimat[ıi]|talimat[ıi]n[ıi])\s+((asla|kesinlikle)\s+)?" + TrNeverRefuseVerb +
            @"|\b(yan[ıi]t|cevap)\s+vermeyi\s+(asla|hi[çc]bir\s+zaman|kesinlikle)\s+" + TrNeverRefuseVerb + @"|\b(asla|hi[çc]bir\s+zaman)\s+(yan[ıi]t|cevap)\s+vermeyi\s+" + TrNeverRefuseVerb +
            @"|\bhay[ıi]r\s+(deme|demek)\s+(hakk[ıi]n|yetkin|hakk[ıi]n[ıi]z)\s+yok" +
            @"|((her|t[üu]m|b[üu]t[üu]n)\s+(soru|iste[ğg]|talep)\w*\s+(\S+\s+){0,2}(yan[ıi]tla|cevap\s+ver|cevapla|yerine\s+getir)\w*[^.!?\n]*((yasa\s*d[ıi][şs][ıi]|illegal|etik\s+d[ıi][şs][ıi]|ahlaks[ıi]z|tehlikeli|zararl[ıi]|sald[ıi]rgan|uygunsuz|yasak|su[çc])\w*\s+(olsa\s+bile|olsa\s+da|bile\s+olsa|olursa\s+olsun|olmas[ıi]na\s+ra[ğg]men)|ne\s+kadar\s+(yasa\s*d[ıi][şs][ıi]|etik\s+d[ıi][şs][ıi]|tehlikeli|zararl[ıi]|uygunsuz))" +
            @"|((yasa\s*d[ıi][şs][ıi]|illegal|etik\s+d[ıi][şs][ıi]|ahlaks[ıi]z|tehlikeli|zararl[ıi]|sald[ıi]rgan|uygunsuz|yasak|su[çc])\w*\s+(olsa\s+bile|olsa\s+da|bile\s+olsa|olursa\s+olsun|olmas[ıi]na\s+ra[ğg]men)|ne\s+kadar\s+(yasa\s*d[ıi][şs][ıi]|etik\s+d[ıi][şs][ıi]|tehlikeli|zararl[ıi]|uygunsuz)\s+olursa\s+olsun)[^.!?\n]*(her|t[üu]m|b[üu]t[üu]n)\s+(soru|iste[ğg]|talep)\w*\s+(\S+\s+){0,2}(yan[ıi]tla|cevap\s+ver|cevapla|yerine\s+getir)\w*)" +
            @"|(sorumluluk\s+reddi|feragatname|ahlak\s+dersi|vaaz|ahlaki\s+yorum|uyar[ıi](lar)?\s+(veya|ya\s+da|ve|ne\s+de)\s+(sorumluluk\s+reddi|feragatname|a[çc][ıi]klama|not|ahlak\s+dersi))\w*\s+(olmadan|eklemeden|vermeden|yapmadan|koymadan|i[çc]ermeden)[^.!?\n]*(yan[ıi]tla|cevap\s+ver|cevapla|yaz|anlat)\w*",
            anchors: "redde|çevir|cevir|yanıt|yanit|cevap|hayır|hayir|getir|sorumluluk|feragat|ahlak|vaaz|uyar"),
        new("jailbreak.never_refuse.ko", FindingKind.Jailbreak, 0.6,
            @"((어떤|모든|무슨|그\s*어떤)\s*(요청|질문|명령|지시|부탁|프롬프트)\s*(도|이든|이라도|을|를|에)?|(답변|대답|응답)\s*(을|를|하기를|하는\s*것을))\s*((절대로?|결코)\s*)?(거절|거부)\s*(하지\s*(마|말|마세요|마십시오|말아|말고)|하면\s*안\s*(돼|된다|됩니다|되)|해서는\s*안|할\s*수\s*없)" +
            @"|((당신|너|그대)\s*(은|는)|넌)\s*(절대로?|결코)\s*(거절|거부)\s*(하지\s*않|할\s*수\s*없|하면\s*안)" +
            @"|(당신|너|그대|넌|너는|당신은)\s*[^.!?\n]{0,6}(아니요|아니오|싫다)\s*(라고)?\s*(말하면\s*안|말할\s*수\s*없|말해서는\s*안|하면\s*안)" +
            @"|(모든|어떤|어느)\s*(질문|요청|명령|부탁)\s*(에|에도|이든|이라도|에\s*대해서?도?)\s*[^.!?\n]{0,10}(답변|대답|응답|답해|답하|응해|응하|따라|따르)[^.!?\n]*((불법|비윤리|비도덕|위험|유해|해로|부적절|금지|범죄)\S*\s*[^.!?\n]{0,10}(이라도|이더라도|일지라도|더라도|해도|하더라도|상관없|관계없|상관\s*없)|(아무리|얼마나)\s*[^.!?\n]{0,10}(불법|비윤리|위험|유해|해로|부적절))" +
            @"|((불법|비윤리|비도덕|위험|유해|해로|부적절|금지|범죄)\S*\s*[^.!?\n]{0,10}(이라도|이더라도|일지라도|더라도|하더라도)|(아무리|얼마나)\s*[^.!?\n]{0,10}(불법|비윤리|위험|유해|해로|부적절)\S*\s*[^.!?\n]{0,6}(라도|도))[^.!?\n]*(모든|어떤|어느)\s*(질문|요청|명령|부탁)\s*(에|에도|이든|이라도)\s*[^.!?\n]{0,10}(답변|대답|응답|답해|답하|응해|응하|따라|따르)" +
            @"|(면책\s*조항|면책|디스클레이머|도덕적\s*(설교|훈계|판단)|설교|훈계|경고\s*(나|이나|와|과|,|및)\s*(면책|디스클레이머|설교))\S*\s*(\S+\s*)?(없이|빼고|생략하고|붙이지\s*말고|달지\s*말고|하지\s*말고|넣지\s*말고)",
            anchors: "거절|거부|아니요|아니오|싫다|답변|대답|응답|답해|답하|응해|응하|따라|따르|면책|디스클레이머|설교|훈계|도덕적"),
        new("jailbreak.never_refuse.ar", FindingKind.Jailbreak, 0.6,
            @"(لا|لن)\s+(ترفض|ترفضي|ترفضوا|تمتنع|تمتنعي|تمتنعوا)\s+([أا]بد[\u064B-\u0652ا]*\s+)?((عن\s+)?(أي|اي|أية|اية|كل)\s+(طلب|سؤال|أمر|استفسار|مهم[ةه])|عن\s+(ال)?([إا]جاب[ةه]|رد)|(ال)?([إا]جاب[ةه]|رد)\s+على\s+(أي|اي|أية|كل))" +
            @"|لا\s+(يمكنك|يمكنكِ|تستطيع|يحق\s+لك|يجوز\s+لك|يسمح\s+لك)\s+([أا]بد[\u064B-\u0652ا]*\s+)?(أن\s+ترفض|الرفض|رفض)\s+(أي|اي|أية|اية)\s+(طلب|سؤال|أمر)" +
            @"|لا\s+(يمكنك|يحق\s+لك|يجوز\s+لك|يسمح\s+لك)\s+([أا]بد[\u064B-\u0652ا]*\s+)?(أن\s+تقول|قول)\s+[«\x22“]?لا" +
            @"|([أا]جب|تجيب|[إا]جاب[ةه]|(ال)?رد|ترد)\s+(على\s+)?(جميع|كل|أي|اي)\s+(ال)?([أا]سئل[ةه]|سؤال|طلب\w*)[^.!?؟\n]*(حتى\s+(لو|وإن|وان|إن|ان)|مهما|بغض\s+النظر|بصرف\s+النظر)[^.!?؟\n]*(غير\s+قانوني|غير\s+[أا]خلاقي|غير\s+شرعي|خطير|ضار|مسيء|غير\s+لائق|محظور|ممنوع|مخالف|[إا]جرامي)" +
            @"|([أا]جب|رد|ردي|اكتب|قدم|[أا]عط)\S*[^.!?؟\n]*(بدون|دون|بلا|من\s+غير)\s+(أي\s+|اي\s+)?(تحذير\w*\s+(أو|او|و|ولا)\s+\S+|[إا]خلاء\s+(ال)?مسؤولي[ةه]|[إا]خلاءات|وعظ|مواعظ|محاضرات\s+[أا]خلاقي[ةه]|رفض)",
            anchors: "ترفض|تمتنع|رفض|قول|جب|تجيب|جاب|رد|دون|بلا|غير"),
        new("jailbreak.never_refuse.hi", FindingKind.Jailbreak, 0.6,
            @"(किसी\s+भी|कोई\s+भी)\s+(अनुरोध|सवाल|प्रश्न|आदेश|निर्देश|रिक्वेस्ट)\S*\s+(को|का|से)\s+(कभी\s+(भी\s+)?)?(मना|इनकार|इंकार|इन्कार|अस्वीकार)\s+(मत|न|नहीं)\s+(करो|करें|करना|कीजिए|कीजिये|करोगे|करेंगे|कर\s+सकते)" +
            @"|(जवाब|उत्तर)\s+देने\s+से\s+(कभी\s+(भी\s+)?)?(मना|इनकार|इंकार|इन्कार)\s+(मत|न|नहीं)\s+(करो|करें|करना|कीजिए|कर\s+सकते)" +
            @"|(हर|सभी|किसी\s+भी)\s+(सवाल|सवालों|प्रश्न|प्रश्नों|अनुरोध|अनुरोधों)\s+(का|के|को)\s+(जवाब|उत्तर)[^।.!?\n]*(चाहे|भले\s+ही)[^।.!?\n]*(अवैध|गैर\s*कानूनी|ग\u093C?ैर\s*क\u093C?ानूनी|अनैतिक|खतरनाक|ख\u093C?तरनाक|हानिकारक|आपत्तिजनक|प्रतिबंधित)" +
            @"|(चाहे|भले\s+ही)[^।.!?\n]*(अवैध|गैर\s*कानूनी|ग\u093C?ैर\s*क\u093C?ानूनी|अनैतिक|खतरनाक|ख\u093C?तरनाक|हानिकारक|आपत्तिजनक)[^।.!?\n]*(हर|सभी|किसी\s+भी)\s+(सवाल|सवालों|प्रश्न|प्रश्नों|अनुरोध|अनुरोधों)\s+(का|के|को)\s+(जवाब|उत्तर)" +
            @"|बिना\s+(किसी\s+(भी\s+)?)?(चेतावनी\s+(या|और|,)\s+\S+|अस्वीकरण\S*|डिस्क्लेमर\S*|नैतिक\s+(उपदेश|भाषण|ज्ञान)\S*|उपदेश\S*|प्रवचन\S*)\s+(के\s+|दिए\s+|दिये\s+)?[^।.!?\n]{0,20}(जवाब|उत्तर)",
            anchors: "मना|इनकार|इंकार|इन्कार|अस्वीकार|जवाब|उत्तर"),
        new("jailbreak.never_refuse.sv", FindingKind.Jailbreak, 0.6,
            @"\b(vägra|vägrar|avvisa|avvisar|neka|nekar|avböj|avböjer)\s+((du|ni)\s+)?(aldrig|inte|ingen|inga|någonsin)\s+((en|ett|någon|något|några|din|dina|mina|användarens)\s+)*(begäran|förfrågan|förfrågningar|fråga|frågor|uppmaning\w*|order|instruktion\w*|prompt\w*|att\s+svara|svar)\b" +
            @"|\b(du|ni)\s+(får|ska|skall)\s+(aldrig\s+(vägra|avvisa|neka|avböja)\s+((en|ett|någon|några|mina|dina)\s+)?(begäran|förfrågan|förfrågningar|fråga|frågor|uppmaning\w*|instruktion\w*|att\s+svara)|(inte|absolut\s+inte)\s+(vägra|avvisa|neka|avböja)\s+(att\s+svara|någon\s+(begäran|förfrågan|fråga)|några\s+(frågor|förfrågningar)))\b" +
            @"|\b(du|ni)\s+(får|ska)\s+aldrig\s+(vägra|säga\s+nej)\b" +
            @"|\b(svara|svarar|besvara|besvarar)\b[^.!?\n]*\b(alla|varje|vilken|vilka)\s+(\w+\s+)?(fråga|frågor|begäran|förfrågan|förfrågningar)\b[^.!?\n]*\b(även\s+om|också\s+om|oavsett|spelar\s+ingen\s+roll|hur)\b[^.!?\n]*(olaglig|oetisk|omoralisk|farlig|skadlig|stötande|kränkande|olämplig|förbjuden|kriminell)" +
            @"|\b(svara|besvara|skriv|ge|förklara)\b[^.!?\n]*\butan\s+(några\s+)?(varningar\s+(eller|och)\s+\w+|ansvarsfriskrivning\w*|friskrivning\w*|disclaimers?|moralpredikningar|moralkakor|moraliserande|pekpinnar|förbehåll|vägran)\b",
            anchors: "vägra|vägrar|avvisa|avvisar|neka|nekar|avböj|avböjer|avböja|nej|svara|svarar|besvara|besvarar|utan", wordAnchors: true),
        new("jailbreak.never_refuse.cs", FindingKind.Jailbreak, 0.6,
            @"\b(nikdy\s+)?(neodmítej|neodmítejte|neodmítáš|neodmítáte|neodmítneš|neodmítnete)\s+((\w+\s+){0,2}?(požadav\w+|dotaz\w*|otázk\w+|prosb\w+|pokyn\w*|příkaz\w*)|odpověď|odpovědět|odpovídat)\b" +
            @"|\b(nesmíš|nesmíte|nemůžeš|nemůžete)\s+(nikdy\s+)?(odmítnout|odmítat)\s+(odpovědět|odpovídat|(\w+\s+)?žádn\w+\s+(požadav\w+|dotaz\w*|otázk\w+|prosb\w+|pokyn\w*|příkaz\w*))\b" +
            @"|\b(nesmíš|nesmíte)\s+(nikdy\s+)?(říct|říci|říkat)\s+ne\b" +
            @"|\b(odpověz|odpovídej|odpovědět|odpovídat|odpovíš)\b[^.!?\n]*\b(každ\w+|všechny|jakoukoli\w*|jakékoli\w*)\s+(\w+\s+)?(otázk\w+|dotaz\w*|požadav\w+|prosb\w+)[^.!?\n]*\b(i\s+když|i\s+kdyby|bez\s+ohledu|nezáleží|jakkoli|ať\s+(už\s+)?(je|jsou))\b[^.!?\n]*(nelegáln|neetick|nemorální|nebezpečn|škodliv|urážliv|zakázan|nevhodn|trestn)" +
            @"|\b(odpověz|odpovídej|napiš|piš|uveď|vysvětli)\b[^.!?\n]*\bbez\s+(jakýchkoli\s+|žádných\s+)?(varování\s+(a|či|nebo|ani)\s+\w+|upozornění\s+(a|či|nebo|ani)\s+\w+|vyloučení\s+odpovědnosti|disclaimer\w*|moralizování|kázání|poučování|odmítnutí)\b",
            anchors: "odmít|říct|říci|říkat|odpov|bez"),
        new("jailbreak.never_refuse.uk", FindingKind.Jailbreak, 0.6,
            @"(ніколи\s+не|\bне)\s+(відмовляй\w*|відмовиш|відмовляєш|відмовляєте|відхиляй\w*|відхилиш)\s+((\S+\s+){0,2}?(запит\w*|питан\w*|прохан\w*|відповід\w*|ні\s+в\s+чому|в\s+жодн\w+|у\s+жодн\w+)|в\s+(відповіді|відповідях))" +
            @"|\b(ти|ви)\s+(ніколи\s+)?(не\s+можеш|не\s+можете|не\s+маєш\s+права|не\s+маєте\s+права|не\s+повинен|не\s+повинна|не\s+повинні)\s+(ніколи\s+)?(відмов\w+|відхил\w+)\s+(відповідати|відповісти|(\S+\s+)?ні\s+в\s+чому|(\S+\s+)?[ву]\s+жодн\w+\s+\S+)" +
            @"|\b(ти|ви)\s+(ніколи\s+)?(не\s+маєш\s+права|не\s+маєте\s+права|не\s+повинен|не\s+повинна|не\s+повинні)\s+(ніколи\s+)?(казати|сказати)\s+[«\x22“]?ні\b" +
            @"|(відповіда\w*|відповіс\w*|відповісти)[^.!?\n]*(всі|усі|будь-?які|будь-?яке|будь-?яку|кожне|кожен|кожну)\s+(\S+\s+)?(питан\w*|запит\w*|прохан\w*)[^.!?\n]*(навіть\s+якщо|незалежно|неважливо|не\s+важливо|якими\s+б|яким\s+би|хай\s+навіть|байдуже)[^.!?\n]*(незаконн|нелегальн|неетичн|аморальн|небезпечн|шкідлив|образлив|заборонен|протиправн|злочинн)" +
            @"|(відповідай|відповідайте|пиши|напиши|пишіть|давай|дай|надай|поясни)[^.!?\n]*без\s+(жодних\s+|будь-?яких\s+|зайвих\s+)?(попереджен\w*\s+(і|й|та|чи|або|,)\s+\S+|дисклеймер\w*|застережен\w*|моралізаторств\w*|моралізуван\w*|повчан\w*|нотацій|відмов\w*)",
            anchors: "відмов|відхил|сказати|казати|відпов|без"),
        new("jailbreak.never_refuse.vi", FindingKind.Jailbreak, 0.6,
            @"\b((bạn|mày|cậu|ngươi|em)\s+(không\s+bao\s+giờ|không\s+được(\s+phép)?|không\s+thể|tuyệt\s+đối\s+không)|đừng(\s+bao\s+giờ)?|không\s+được(\s+phép)?|tuyệt\s+đối\s+không|cấm)\s+(được\s+)?từ\s+chối\s+(trả\s+lời|đáp\s+ứng|(bất\s+kỳ|bất\s+cứ|mọi)\s+(\S+\s+)?(yêu\s+cầu|câu\s+hỏi|lệnh|mệnh\s+lệnh|chỉ\s+thị|đề\s+nghị))" +
            @"|\b(bạn|mày|cậu|ngươi)\s+(không\s+được(\s+phép)?|tuyệt\s+đối\s+không\s+được)\s+nói\s+[\x22“]?không\b" +
            @"|\b(trả\s+lời|đáp\s+ứng)\s+(mọi|tất\s+cả|bất\s+kỳ|bất\s+cứ)\s+(các\s+|những\s+)?(câu\s+hỏi|yêu\s+cầu)[^.!?\n]*\b(kể\s+cả|ngay\s+cả|dù|cho\s+dù|bất\s+kể|bất\s+chấp|mặc\s+dù|dẫu)\b[^.!?\n]*(bất\s+hợp\s+pháp|phi\s+pháp|trái\s+pháp\s+luật|vô\s+đạo\s+đức|phi\s+đạo\s+đức|trái\s+đạo\s+đức|nguy\s+hiểm|có\s+hại|độc\s+hại|xúc\s+phạm|không\s+phù\s+hợp|bị\s+cấm)" +
            @"|\b(trả\s+lời|đáp|viết|đưa\s+ra|cung\s+cấp|giải\s+thích)\b[^.!?\n]*\b(không\s+(có|kèm|kèm\s+theo|đưa\s+ra|thêm)|mà\s+không\s+(có|kèm)|bỏ\s+qua)\s+(bất\s+kỳ\s+|mọi\s+|các\s+)?(lời\s+)?(cảnh\s+báo\s+(hay|hoặc|và)\s+\S+|tuyên\s+bố\s+miễn\s+trừ|miễn\s+trừ\s+trách\s+nhiệm|rao\s+giảng|thuyết\s+giảng|giảng\s+đạo\s+đức|bài\s+giảng\s+đạo\s+đức|disclaimer)",
            anchors: "chối|nói|lời|đáp|viết|đưa|cung|giải", wordAnchors: true),

        // ---- developer / god / jailbreak mode enabled (jailbreak.mode_enabled) ----
        new("jailbreak.mode_enabled.de", FindingKind.Jailbreak, 0.6,
            @"\b((jailbreak|jailbroken|dan|evil|uncensored|unfiltered)[\s-]?modus|(unzensiert|ungefiltert|böse)\w*[\s-]?modus)\s*[:\-–]?\s*(ist\s+)?((jetzt|nun|ab\s+sofort)\s+)?(aktiviert|aktiv|eingeschaltet|an|ein|enabled|activated|on)\b" +
            @"|\b(jailbreak|jailbroken|dan|evil|uncensored|unfiltered)[\s-]?mode\s*[:\-–]?\s*(ist\s+)?((jetzt|nun|ab\s+sofort)\s+)?(aktiviert|aktiv|eingeschaltet)\b" +
            @"|\b(aktiviere|aktivieren\s+sie|aktivierst|aktivierte\w*|eingeschaltete\w*)\s+(\w+\s+){0,2}" + JbModeStrongDe +
            @"|\b(schalte|schalten\s+sie|starte|starten\s+sie|wechsle|wechseln\s+sie)\s+(\w+\s+){0,2}((jailbreak|jailbroken|dan|evil|uncensored|unfiltered)[\s-]?modus|(unzensiert|ungefiltert|böse)\w*[\s-]?modus)" +
            @"|\b(du\s+bist|bist\s+du|sie\s+sind|sind\s+sie)\s+((jetzt|nun|ab\s+sofort|ab\s+jetzt)\s+)?(im|in\s+den)\s+((jailbreak|jailbroken|dan|evil|uncensored|unfiltered)[\s-]?modus|(unzensiert|ungefiltert|böse)\w*[\s-]?modus)" +
            @"|\b" + JbAiDe + @"\s+(mit\s+(aktiviert|eingeschaltet)\w*\s+" + JbModeAnyDe + @"|im\s+(gott|god|jailbreak|dan)[\s-]?modus)" +
            @"|\b(antworte|antwortet|antworten\s+sie)\s+(\w+\s+){0,2}?(im|aus\s+dem|in\s+dem)\s+(entwickler|developer|dev|gott|god|jailbreak|dan)[\s-]?modus" +
            @"|\b(entwickler|developer|dev|gott|god|jailbreak|dan)[\s-]?modus[\s-]*(ausgabe|antwort)\w*",
            anchors: "modus|aktiv|eingeschaltet"),
        new("jailbreak.mode_enabled.fr", FindingKind.Jailbreak, 0.6,
            @"\b" + JbModeStrongFr + @"\s*[:\-–]?\s*(est\s+)?((maintenant|désormais)\s+)?(activée?|actif|active|enclenchée?|on|enabled|activated)\b" +
            @"|\b(active|activez|activer|activation\s+du|passe\s+en|passez\s+en|entre\s+en|entrez\s+en|bascule\s+en|basculez\s+en|tu\s+es\s+(maintenant\s+|désormais\s+)?en|vous\s+êtes\s+(maintenant\s+|désormais\s+)?en)\s+(le\s+)?" + JbModeStrongFr +
            @"|\b" + JbAiFr + @"\s+(avec\s+(le\s+)?" + JbModeAnyFr + @"\s+(activée?|enclenchée?)\b|en\s+mode\s+(dieu|god|jailbreak|dan)\b)|\b(réponds|répondez)\s+(\w+\s+)?(en|du|au)\s+" + JbModeAnyFr,
            anchors: "mode", wordAnchors: true),
        new("jailbreak.mode_enabled.es", FindingKind.Jailbreak, 0.6,
            @"\b" + JbModeStrongEs + @"\s*[:\-–]?\s*(está\s+)?((ahora|ya)\s+)?(activado|activo|habilitado|encendido|on|enabled|activated)\b" +
            @"|\b(jailbreak|dan|uncensored)\s+mode(\s*[:\-–]\s*|\s+)(está\s+)?((ahora|ya)\s+)?(activado|activo|habilitado|encendido)\b" +
            @"|\b(activa|active|activar|activación\s+del|entra\s+en|entre\s+en|cambia\s+al|pasa\s+al|estás\s+(ahora\s+)?en|está\s+(ahora\s+)?en)\s+(el\s+)?" + JbModeStrongEs +
            @"|\b" + JbAiEs + @"\s+(con\s+(el\s+)?" + JbModeAnyEs + @"\s+(activado|habilitado)\b|en\s+modo\s+(dios|god|jailbreak|dan)\b)|\b(responde|responda)\s+(\w+\s+)?(en|del|de)\s+(el\s+)?" + JbModeAnyEs,
            anchors: "modo|activado|activo|habilitado|encendido", wordAnchors: true),
        new("jailbreak.mode_enabled.it", FindingKind.Jailbreak, 0.6,
            @"\b" + JbModeStrongIt + @"\s*[:\-–]?\s*(è\s+)?((ora|adesso)\s+)?(attivat[ao]|attiva|abilitat[ao]|on|enabled|activated)\b" +
            @"|\b(jailbreak|dan|uncensored)\s+mode(\s*[:\-–]\s*|\s+)(è\s+)?((ora|adesso)\s+)?(attivat[ao]|attiva|abilitat[ao])\b" +
            @"|\b(attiva|attivare|attivi|entra\s+in|entri\s+in|passa\s+alla|passa\s+in|sei\s+(ora\s+|adesso\s+)?in|ora\s+sei\s+in)\s+(la\s+)?" + JbModeStrongIt +
            @"|\b" + JbAiIt + @"\s+(con\s+(la\s+)?" + JbModeAnyIt + @"\s+(attivata|abilitata)\b|in\s+modalità\s+(dio|god|jailbreak|dan)\b)|\b(rispondi|risponda)\s+(\w+\s+)?(in|nella)\s+" + JbModeAnyIt,
            anchors: "modalità|attivata|attivato|attiva|abilitata|abilitato", wordAnchors: true),
        new("jailbreak.mode_enabled.pt", FindingKind.Jailbreak, 0.6,
            @"\b" + JbModeStrongPt + @"\s*[:\-–]?\s*(está\s+)?((agora|já)\s+)?(ativad[ao]|activad[ao]|ativo|activo|habilitad[ao]|ligad[ao]|on|enabled|activated)\b" +
            @"|\b(jailbreak|dan|uncensored)\s+mode(\s*[:\-–]\s*|\s+)(está\s+)?((agora|já)\s+)?(ativad[ao]|activad[ao]|ativo|activo|habilitad[ao]|ligad[ao])\b" +
            @"|\b(ativa|ative|ativar|activa|active|activar|entra\s+no|entre\s+no|muda\s+para\s+o|mude\s+para\s+o|passa\s+para\s+o|estás\s+(agora\s+)?no|está\s+(agora\s+)?no)\s+" + JbModeStrongPt +
            @"|\b" + JbAiPt + @"\s+(com\s+(o\s+)?" + JbModeAnyPt + @"\s+(ativado|activado|habilitado|ligado)\b|(no|em)\s+modo\s+(deus|god|jailbreak|dan)\b)|\b(responda|responde)\s+(\w+\s+)?(no|em)\s+" + JbModeAnyPt,
            anchors: "modo|ativado|ativada|activado|activada|ativo|activo|habilitado|habilitada|ligado|ligada", wordAnchors: true),
        new("jailbreak.mode_enabled.nl", FindingKind.Jailbreak, 0.6,
            @"\b((jailbreak|dan|uncensored)[\s-]?modus|(ongecensureerde|ongefilterde|kwaadaardige)\s+modus)\s*[:\-–]?\s*(is\s+)?((nu|voortaan)\s+)?(ingeschakeld|geactiveerd|actief|aan|aangezet|enabled|activated|on)\b" +
            @"|\b(jailbreak|dan|uncensored)[\s-]?mode\s*[:\-–]?\s*(is\s+)?((nu|voortaan)\s+)?(ingeschakeld|geactiveerd|actief)\b" +
            @"|\b(activeer|activeren|schakel|zet|ga\s+naar|ga\s+in|je\s+bent\s+(nu\s+)?in|u\s+bent\s+(nu\s+)?in|ben\s+je\s+(nu\s+)?in)\s+(\w+\s+){0,2}((jailbreak|dan|uncensored)[\s-]?modus|(ongecensureerde|ongefilterde|kwaadaardige)\s+modus)" +
            @"|\b" + JbAiNl + @"\s+(met\s+(de\s+)?(ingeschakelde|geactiveerde)\s+(de\s+)?(ontwikkelaars|developer|dev|god|goden|jailbreak|dan)[\s-]?modus|in\s+(de\s+)?(god|goden|jailbreak|dan)[\s-]?modus)" +
            @"|\b(antwoord|antwoorden|antwoordt)\s+(\w+\s+)?(in|van|uit)\s+(de\s+)?(ontwikkelaars|developer|dev|god|goden|jailbreak|dan)[\s-]?modus|\b(ontwikkelaars|developer|dev|god|goden|jailbreak|dan)[\s-]?modus[\s-]*(uitvoer|antwoord)\w*",
            anchors: "modus|ingeschakeld|geactiveerd|actief"),
        new("jailbreak.mode_enabled.ru", FindingKind.Jailbreak, 0.6,
            JbModeStrongRu + @"\s*[:\-–]?\s*((теперь|уже)\s+)?(включ[её]н\w*|активирован\w*|активен|активна|запущен\w*|enabled|activated|on)\b" +
            @"|\b(jailbreak|dan|uncensored)\s+mode\s*[:\-–]?\s*((теперь|уже)\s+)?(включ[её]н\w*|активирован\w*|запущен\w*)" +
            @"|(включи|включите|активируй|активируйте|запусти|запустите|перейди\s+в|перейдите\s+в|войди\s+в|\b(ты|вы)\s+(теперь\s+|сейчас\s+)?в)\s+(\S+\s+)?" + JbModeStrongRu +
            @"|" + JbAiRu + @"\s+(с\s+(включ[её]нн\w+|активированн\w+)\s+" + JbModeRu + @"|в\s+режиме\s+(бога|джейлбрейк\w*|jailbreak|dan))|(отвечай|ответь|отвечайте|ответьте)\s+(в\s+режиме|режима)\s+(разработчика|бога|джейлбрейк\w*|dan)",
            anchors: "режим|включ|активир|запущ"),
        new("jailbreak.mode_enabled.pl", FindingKind.Jailbreak, 0.6,
            @"\b" + JbModeStrongPl + @"\s*[:\-–]?\s*(jest\s+)?((teraz|już)\s+)?(włączon\w*|aktywn\w*|aktywowan\w*|uruchomion\w*|enabled|activated|on)\b" +
            @"|\b(jailbreak|dan|uncensored)\s+mode\s*[:\-–]?\s*(jest\s+)?((teraz|już)\s+)?(włączon\w*|aktywn\w*|aktywowan\w*|uruchomion\w*)" +
            @"|\b(włącz\w*|aktywuj\w*|uruchom\w*|przejdź\s+w|przejdź\s+do|wejdź\s+w|jesteś\s+(teraz\s+)?w)\s+(\w+\s+)?" + JbModeStrongPl +
            @"|" + JbAiPl + @"\s+(z\s+(włączon\w+|aktywn\w+|aktywowan\w+)\s+" + JbModePl + @"|w\s+trybie\s+(boga|god|jailbreak\w*|dan))|\b(odpowiadaj|odpowiedz)\s+(w\s+trybie|trybu)\s+(dewelopera|programisty|developera|boga|jailbreak\w*|dan)",
            anchors: "tryb|włącz|aktyw|uruchom"),
        new("jailbreak.mode_enabled.zh", FindingKind.Jailbreak, 0.6,
            @"(越狱|越獄|jailbreak|dan|无审查|無審查|无过滤|無過濾|邪恶|邪惡)\s*模式\s*[:：]?\s*(已|已经|已經)?\s*(启用|啟用|开启|開啟|激活|打开|打開|开|開|生效|on|enabled|activated)" +
            @"|(jailbreak|dan|uncensored)\s*mode\s*[:：]?\s*(已|已经|已經)?\s*(启用|啟用|开启|開啟|激活)" +
            @"|(启用|啟用|开启|開啟|激活|进入|進入|切换到|切換到|打开|打開|处于|處於)\s*(了)?\s*(越狱|越獄|jailbreak|dan|无审查|無審查|无过滤|無過濾|邪恶|邪惡)\s*(模式|mode)" +
            @"|(启用|啟用|开启|開啟|激活|打开|打開)\s*(了)?\s*(开发者|開發者|开发人员|開發人員|上帝|developer|god)\s*(模式|mode)\s*的\s*" + JbAiZh +
            @"|(以|用|在)\s*(开发者|開發者|上帝|越狱|越獄|developer|god|jailbreak|dan)\s*模式\s*(下)?\s*(回答|回复|回覆|答复|答覆|回应|回應)" +
            @"|(模拟|模擬|模仿)\s*(启用了?|啟用了?|开启了?|開啟了?)?\s*(开发者|開發者|上帝|developer|god)\s*模式",
            anchors: "模式|启用|啟用|开启|開啟|激活|进入|進入|切换到|切換到|打开|打開|处于|處於"),
        new("jailbreak.mode_enabled.ja", FindingKind.Jailbreak, 0.6,
            @"(脱獄|ジェイルブレイク|jailbreak|dan|無検閲|検閲なし|フィルターなし|邪悪)\s*モード\s*(が|を|は)?\s*(有効|オン|on|起動|アクティブ|発動|enabled|activated)" +
            @"|(jailbreak|dan|uncensored)\s*mode\s*(が|を|は)?\s*(有効|オン|起動)" +
            @"|(脱獄|ジェイルブレイク|jailbreak|dan|無検閲|検閲なし|フィルターなし|邪悪)\s*モード\s*(を|に)\s*(有効に|オンに|起動|切り替え|入って|入り|移行)" +
            @"|(開発者|デベロッパー|ゴッド|神|developer|god)\s*モード\s*(を|が)\s*(有効|オン)\s*(に)?\s*(した|された|になった)\s*" + JbAiJa +
            @"|(開発者|デベロッパー|ゴッド|神|脱獄|ジェイルブレイク|developer|god|jailbreak|dan)\s*モード\s*(で|として)\s*(回答|答え|応答|返答)",
            anchors: "モード|有効|オン|起動"),
        new("jailbreak.mode_enabled.tr", FindingKind.Jailbreak, 0.6,
            @"\b(jailbreak|dan|sans[üu]rs[üu]z|filtresiz|k[öo]t[üu]c[üu]l)\s+modu(\s*[:\-–]\s*|\s+)(etkin|aktif|a[çc][ıi]k|devrede|etkinle[şs]tirildi|aktifle[şs]tirildi|a[çc][ıi]ld[ıi]|enabled|activated|on)\b" +
            @"|\b(jailbreak|dan|uncensored)\s+mode(\s*[:\-–]\s*|\s+)(etkin|aktif|a[çc][ıi]k)\b" +
            @"|\b(jailbreak|dan|sans[üu]rs[üu]z|filtresiz|k[öo]t[üu]c[üu]l)\s+mod(unu|una)\s+(etkinle[şs]tir|aktifle[şs]tir|a[çc]|ge[çc]|gir)\w*|\b(art[ıi]k|[şs]imdi)\s+(jailbreak|dan|sans[üu]rs[üu]z|filtresiz)\s+mod(undas[ıi]n|undas[ıi]n[ıi]z|unda)\b" +
            @"|" + JbAiTr + @"\s+(tanr[ıi]|god|jailbreak|dan)\s+modunda\b|\b(geli[şs]tirici|developer)\s+modu\s+(etkin|a[çc][ıi]k|aktif)\s+(olan\s+)?(bir\s+)?" + JbAiTr +
            @"|\b(geli[şs]tirici|developer|tanr[ıi]|god|jailbreak|dan)\s+modunda\s+(yan[ıi]t|cevap)\w*",
            anchors: "modu|modunu|moduna|modunda|modundasın|modundasin|modundasınız|modundasiniz|etkin|aktif|açık|acik", wordAnchors: true),
        new("jailbreak.mode_enabled.ko", FindingKind.Jailbreak, 0.6,
            @"(탈옥|jailbreak|dan|무검열|검열\s*없는|필터\s*없는|악마)\s*모드\s*[:：]?\s*(가|를|이)?\s*(활성화|켜짐|켜졌|켜져|실행|on|enabled|activated)" +
            @"|(jailbreak|dan|uncensored)\s*mode\s*[:：]?\s*(가|를|이)?\s*활성화" +
            @"|(탈옥|jailbreak|dan|무검열|검열\s*없는|필터\s*없는|악마)\s*모드\s*(로|으로)\s*(전환|들어가|진입|바꿔)|((당신|너)\s*(은|는)|넌)\s*(이제|지금)?\s*(탈옥|jailbreak|dan|무검열)\s*모드\s*(이다|입니다|야|이야|에\s*있)" +
            @"|(개발자|디벨로퍼|갓|developer|god)\s*모드\s*(가|이|를)?\s*(활성화된|켜진)\s*" + JbAiKo +
            @"|(개발자|디벨로퍼|갓|탈옥|developer|god|jailbreak|dan)\s*모드\s*(로|으로)\s*((답변|대답|응답)\s*(해|하세요|해\s*주세요|하라|해라|하십시오)|답해)",
            anchors: "모드|활성화"),
        new("jailbreak.mode_enabled.ar", FindingKind.Jailbreak, 0.6,
            @"وضع\s+(ال)?(كسر\s+(ال)?حماي[ةه]|جيلبريك|jailbreak|dan|غير\s+(ال)?مفلتر|شرير)\s*[:\-–]?\s*(م[\u064B-\u0652]*ف[\u064B-\u0652]*ع[\u064B-\u0652]*ل|نشط|قيد\s+التشغيل|يعمل|تم\s+تفعيله|enabled|activated|on)" +
            @"|(فعّل|فعل|فعِّل|قم\s+بتفعيل|تفعيل|ادخل|ادخلي|انتقل\s+[إا]لى|(أنت|انت)\s+(ال)?[آا]ن\s+في)\s+(ال)?وضع\s+(ال)?(كسر\s+(ال)?حماي[ةه]|جيلبريك|jailbreak|dan|غير\s+(ال)?مفلتر|شرير)" +
            @"|" + JbAiAr + @"\s+(في\s+وضع\s+(ال)?([إا]له|كسر\s+(ال)?حماي[ةه]|jailbreak|dan)|مع\s+وضع\s+(ال)?(مطو[\u0651]?ر|developer)\s+(ال)?(م[\u064B-\u0652]*ف[\u064B-\u0652]*ع[\u064B-\u0652]*ل|نشط))" +
            @"|([أا]جب|رد|الرد|[إا]جاب[ةه])\s+(في|ب)\s*(ال)?وضع\s+(ال)?(مطو[\u0651]?ر|[إا]له|كسر\s+(ال)?حماي[ةه]|developer|god|jailbreak|dan)",
            anchors: "وضع"),
        new("jailbreak.mode_enabled.hi", FindingKind.Jailbreak, 0.6,
            @"(जेलब्रेक|jailbreak|dan|अनसेंसर्ड|अनफ\u093C?िल्टर्ड)\s*मोड\s+(अब\s+)?(है\s+)?(चालू|सक्रिय|ऑन|एक्टिवेट|इनेबल|enabled|activated|on)" +
            @"|(jailbreak|dan|uncensored)\s*mode\s+(अब\s+)?(है\s+)?(चालू|सक्रिय|एक्टिवेट)" +
            @"|(जेलब्रेक|jailbreak|dan|अनसेंसर्ड|अनफ\u093C?िल्टर्ड)\s*मोड\s+(को\s+)?(चालू|सक्रिय|ऑन|एक्टिवेट)\s+(करो|करें|कीजिए|कर\s+दो)|(तुम|आप)\s+(अब\s+)?(जेलब्रेक|jailbreak|dan|अनसेंसर्ड)\s*मोड\s+में\s+(हो|हैं)" +
            @"|(डेवलपर|डेवेलपर|गॉड|developer|god)\s*मोड\s+(चालू|सक्रिय|एक्टिवेट|ऑन)\s+(वाला|वाली|वाले|किए\s+हुए|के\s+साथ)\s+" + JbAiHi +
            @"|(डेवलपर|डेवेलपर|गॉड|जेलब्रेक|developer|god|jailbreak|dan)\s*मोड\s+में\s+(जवाब|उत्तर)\s+(दो|दें|दीजिए)",
            anchors: "मोड|चालू|सक्रिय|एक्टिवेट"),
        new("jailbreak.mode_enabled.sv", FindingKind.Jailbreak, 0.6,
            @"\b((jailbreak|dan|uncensored)[\s-]?(läge|läget)|(ocensurerat|ofiltrerat|ondskefullt)\s+läge)\s*[:\-–]?\s*(är\s+)?(nu\s+)?(aktiverat|aktivt|påslaget|på|igång|enabled|activated|on)\b" +
            @"|\b(jailbreak|dan|uncensored)[\s-]?mode\s*[:\-–]?\s*(är\s+)?(nu\s+)?(aktiverat|aktivt|påslaget)\b" +
            @"|\b(aktivera|aktiverar|slå\s+på|starta|gå\s+in\s+i|växla\s+till|du\s+är\s+(nu\s+)?i|är\s+du\s+(nu\s+)?i)\s+(\w+\s+)?((jailbreak|dan|uncensored)[\s-]?(läge|läget)|(ocensurerat|ofiltrerat|ondskefullt)\s+läge)" +
            @"|\b" + JbAiSv + @"\s+(med\s+((aktiverat|påslaget)\s+(utvecklar|developer|dev|guds|gud|god|jailbreak|dan)[\s-]?(läge|läget)|(utvecklar|developer|dev|guds|gud|god|jailbreak|dan)[\s-]?(läge|läget)\s+(aktiverat|påslaget))|i\s+(guds|gud|god|jailbreak|dan)[\s-]?(läge|läget))" +
            @"|\bsvara\s+(\w+\s+)?(i|från)\s+(utvecklar|developer|dev|guds|gud|god|jailbreak|dan)[\s-]?(läge|läget)",
            anchors: "läge|aktiver|aktivt|påslag"),
        new("jailbreak.mode_enabled.cs", FindingKind.Jailbreak, 0.6,
            @"\b" + JbModeStrongCs + @"\s*[:\-–]?\s*(je\s+)?((nyní|teď)\s+)?(aktivován\w*|aktivní|zapnut\w*|spuštěn\w*|enabled|activated|on)\b" +
            @"|\b(jailbreak|dan|uncensored)\s+mode\s*[:\-–]?\s*(je\s+)?((nyní|teď)\s+)?(aktivován\w*|aktivní|zapnut\w*|spuštěn\w*)" +
            @"|\b(aktivuj\w*|zapni|zapněte|přepni\s+(se\s+)?do|vstup\s+do|jsi\s+(teď\s+|nyní\s+)?v|jste\s+(teď\s+|nyní\s+)?v)\s+(\w+\s+)?" + JbModeStrongCs +
            @"|\b" + JbAiCs + @"\s+(s\s+(aktivovan\w+|zapnut\w+)\s+" + JbModeAnyCs + @"|v\s+(režim\w*\s+(boha|jailbreak\w*|dan)|božsk\w+\s+režim\w*))|\b(odpověz|odpovídej)\s+(v\s+|z\s+)?" + JbModeAnyCs,
            anchors: "režim|aktiv|zapnut|spuštěn"),
        new("jailbreak.mode_enabled.uk", FindingKind.Jailbreak, 0.6,
            JbModeStrongUk + @"\s*[:\-–]?\s*((тепер|вже)\s+)?(увімкнен\w*|активован\w*|активний|активна|запущен\w*|enabled|activated|on)\b" +
            @"|\b(jailbreak|dan|uncensored)\s+mode\s*[:\-–]?\s*((тепер|вже)\s+)?(увімкнен\w*|активован\w*|запущен\w*)" +
            @"|(увімкни|увімкніть|активуй|активуйте|запусти|перейди\s+в|перейдіть\s+в|\b(ти|ви)\s+(тепер\s+|зараз\s+)?[ву])\s+(\S+\s+)?" + JbModeStrongUk +
            @"|" + JbAiUk + @"\s+(з\s+(увімкнен\w+|активован\w+)\s+" + JbModeUk + @"|[ву]\s+режимі\s+(бога|джейлбрейк\w*|jailbreak|dan))|(відповідай|відповідайте)\s+[ву]\s+режимі\s+(розробника|бога|джейлбрейк\w*|dan)",
            anchors: "режим|увімкн|активов|запущ"),
        new("jailbreak.mode_enabled.vi", FindingKind.Jailbreak, 0.6,
            @"\bchế\s+độ\s+(jailbreak|dan|bẻ\s+khóa|không\s+(bị\s+)?kiểm\s+duyệt|không\s+lọc|độc\s+ác)(\s*[:\-–]\s*|\s+)(đã\s+(được\s+)?)?(bật|kích\s+hoạt|mở|enabled|activated|on)\b" +
            @"|\b(jailbreak|dan|uncensored)\s+mode(\s*[:\-–]\s*|\s+)(đã\s+(được\s+)?)?(bật|kích\s+hoạt)\b" +
            @"|\b(bật|kích\s+hoạt|chuyển\s+sang|vào|bước\s+vào|(bạn|mày)\s+(đang\s+)?ở\s+(trong\s+)?)\s+chế\s+độ\s+(jailbreak|dan|bẻ\s+khóa|không\s+(bị\s+)?kiểm\s+duyệt|không\s+lọc|độc\s+ác)\b" +
            @"|" + JbAiVi + @"\s+(với|ở|trong)\s+" + JbModeAnyVi + @"\s+(đã\s+)?(được\s+)?(bật|kích\s+hoạt)\b" +
            @"|\b(trả\s+lời|phản\s+hồi)\s+(ở|trong|bằng|theo)\s+chế\s+độ\s+(nhà\s+phát\s+triển|developer|dev|thần|chúa|god|jailbreak|dan|bẻ\s+khóa)\b",
            anchors: "chế|bật|kích", wordAnchors: true),
    ];
}
