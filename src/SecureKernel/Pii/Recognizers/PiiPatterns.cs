using System.Text.RegularExpressions;

namespace SecureKernel.Pii.Recognizers;

/// <summary>The compiled (source-generated) patterns behind the recognizers. None of them nests unbounded quantifiers.</summary>
internal static partial class PiiPatterns
{
    private const RegexOptions Opt = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\b(?:(?<aws>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})|(?<gh>gh[pousr]_[A-Za-z0-9]{36,255})|(?<gh>github_pat_[A-Za-z0-9_]{22,255})|(?<gl>glpat-[A-Za-z0-9_\-]{20,255})|(?<slack>xox[abposre]-[A-Za-z0-9\-]{10,255})|(?<stripe>[sr]k_(?:live|test)_[A-Za-z0-9]{16,255})|(?<sk>sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_\-]{20,255})|(?<google>AIza[0-9A-Za-z_\-]{35})|(?<npm>npm_[A-Za-z0-9]{36})|(?<nuget>oy2[a-z0-9]{43})|(?<sendgrid>SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})|(?<hf>hf_[A-Za-z0-9]{34,40}))(?![A-Za-z0-9_\-])", Opt)]
    internal static partial Regex PrefixedSecret();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{6,}\.eyJ[A-Za-z0-9_\-]{6,}\.[A-Za-z0-9_\-]*", Opt)]
    internal static partial Regex Jwt();

    [GeneratedRegex(@"-----BEGIN (?<label>[A-Z0-9]{1,16} ){0,3}PRIVATE KEY(?: BLOCK)?-----", Opt)]
    internal static partial Regex PrivateKeyBegin();

    [GeneratedRegex(@"-----END (?:[A-Z0-9]{1,16} ){0,3}PRIVATE KEY(?: BLOCK)?-----", Opt)]
    internal static partial Regex PrivateKeyEnd();

    [GeneratedRegex(@"\b(?:[Bb]earer|[Bb]asic|[Tt]oken)\s+(?<value>[A-Za-z0-9\-._~+/]{16,}={0,2})", Opt)]
    internal static partial Regex AuthorizationValue();

    [GeneratedRegex(@"[?&;#](?<name>access_token|id_token|refresh_token|auth_token|token|api_key|apikey|api-key|key|sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|password|passwd|pwd|pass|secret|client_secret|session|sessionid|session_id|code|jwt)=(?<value>[^&#;\s""'<>]{4,})", Opt | RegexOptions.IgnoreCase)]
    internal static partial Regex UrlSecretParameter();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}[ \-]?[A-Z0-9]", Opt)]
    internal static partial Regex IbanStart();

    [GeneratedRegex(@"\b(?:\d{4}(?<s>[ \-]?)\d{4}\k<s>\d{4}\k<s>\d{1,7}|\d{4}(?<t>[ \-]?)\d{6}\k<t>\d{4,5})(?![\d])", Opt)]
    internal static partial Regex CreditCard();

    [GeneratedRegex(@"(?<![\d\-.])(?<a>\d{3})(?<s>[ \-.])\d{2}\k<s>\d{4}(?![\d])", Opt)]
    internal static partial Regex SsnFormatted();

    [GeneratedRegex(@"(?<![\d\-])(?:\d{9}|\d{3}-\d{6}|\d{5}-\d{4})(?![\d])", Opt)]
    internal static partial Regex SsnBare();

    [GeneratedRegex(@"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?!\w|\.\d)", Opt)]
    internal static partial Regex IPv4();

    [GeneratedRegex(@"(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)(?:[0-9A-Fa-f]{0,4}:){1,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?:%[0-9A-Za-z]{1,16})?(?:/\d{1,3})?(?![\w:]|\.\d)", Opt)]
    internal static partial Regex IPv6();

    [GeneratedRegex(@"\d{2} ?\d{2} ?\d{2} ?[A-Da-d]\b", Opt)]
    internal static partial Regex UkNinoBody();

    [GeneratedRegex(@"(?<![\w])(?:(?<btc>[13][1-9A-HJ-NP-Za-km-z]{25,34})|(?<bech>(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71})|(?<eth>0x[0-9a-fA-F]{40}))(?![\w])", Opt)]
    internal static partial Regex Crypto();

    [GeneratedRegex(@"(?<![\w+\-.)(/])(?:\+\d{1,3}[ .\-]?)?(?:\(\d{1,5}\)[ .\-]?)?\d{1,12}(?:[ .\-]\(?\d{1,12}\)?){0,5}(?![\w])", Opt)]
    internal static partial Regex PhoneCandidate();

    [GeneratedRegex(@"(?<![\w])(?:\d{1,2}(?<s>[/\-.])\d{1,2}\k<s>(?:\d{4}|\d{2})|\d{4}(?<u>[/\-.])\d{1,2}\k<u>\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[ \-](?:of )?(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?,?[ \-]\d{2,4}|(?<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})(?![\w])", Opt | RegexOptions.IgnoreCase)]
    internal static partial Regex Date();

    [GeneratedRegex(@"\b(?:born(?: on| in)?|d\.?o\.?b\.?|date of birth|birth ?date|birthday)", Opt | RegexOptions.IgnoreCase)]
    internal static partial Regex DobContext();

    [GeneratedRegex(@"\b(?:pass(?:port|eport)s?|travel document)(?:\s*(?:no\.?|number|num|#|id))?", Opt | RegexOptions.IgnoreCase)]
    internal static partial Regex PassportContext();

    [GeneratedRegex(@"(?<![\w])(?=(?:[A-Za-z]{0,8}\d){4})[A-Za-z]{0,2}\d[A-Za-z0-9]{4,8}(?![\w])", Opt)]
    internal static partial Regex PassportNumber();

    [GeneratedRegex(@"P[A-Z<][A-Z<]{3}[A-Z<]{39}\r?\n(?<doc>[A-Z0-9<]{9})(?<check>[0-9])[A-Z0-9<]{34}", Opt)]
    internal static partial Regex PassportMrz();

    [GeneratedRegex(@"\b(?:mrn|m\.r\.n\.|medical record(?:s)?(?: number| no\.?| #)?|med\.? rec(?:ord)?\.?(?: no\.?| number)?|patient(?: id| number| no\.?| #)|chart(?: number| no\.?| #)|hospital(?: number| no\.?)|health record(?: number)?|record (?:number|no\.?|#))", Opt | RegexOptions.IgnoreCase)]
    internal static partial Regex MrnContext();

    [GeneratedRegex(@"(?<![\w])(?=[A-Za-z0-9\-]*\d{4})[A-Za-z]{0,4}[\-]?\d[\d\-]{3,14}\d(?![\w])", Opt)]
    internal static partial Regex MrnNumber();

    [GeneratedRegex(@"\b(?:ssn|ssns|social security|soc\.? sec\.?)", Opt | RegexOptions.IgnoreCase)]
    internal static partial Regex SsnContext();

    [GeneratedRegex(@"\b(?:phone|telephone|tel|mobile|cell|cellphone|fax|call|number|contact|whatsapp|sms|text me)\b", Opt | RegexOptions.IgnoreCase)]
    internal static partial Regex PhoneContext();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Reverend|Capt|Captain|Sgt|Sergeant|Judge|Senator|President|Officer|Detective|Nurse|Coach|Uncle|Aunt)\.? (?<name>[A-Z][a-z'\-]+(?: [A-Z]\.)?(?: [A-Z][a-z'\-]+){0,2})", Opt)]
    internal static partial Regex TitledPerson();

    [GeneratedRegex(@"\b(?:[Mm]y name is|[Nn]ame:|[Nn]amed|[Cc]alled|[Ss]igned,?|[Rr]egards,|[Ss]incerely,|[Tt]hanks,|[Cc]heers,|[Bb]est,|[Dd]ear|[Pp]atient:|[Cc]ontact:|[Cc]ustomer:|[Ee]mployee:|[Aa]uthor:|[Ff]rom:|[Tt]o:|[Cc]c:|[Aa]ttn:?)\s+(?<name>[A-Z][a-z'\-]+(?: [A-Z]\.)?(?: [A-Z][a-z'\-]+){0,2})", Opt)]
    internal static partial Regex ContextPerson();

    [GeneratedRegex(@"\b[A-Z][A-Za-z'&\-]*[a-z][A-Za-z'&\-]*(?:(?: |, ?| of | and | & | de | van | von | la )(?:[A-Z][A-Za-z'&\-]*|[A-Z]\.))*", Opt)]
    internal static partial Regex CapitalizedRun();

    [GeneratedRegex(@"(?<![\w])\d{1,6}[A-Za-z]?(?:-\d{1,4})? (?:(?:[NSEW]|N[EW]|S[EW]|North|South|East|West)\.? )?(?:(?:[A-Z][a-z'\-]+|\d{1,3}(?:st|nd|rd|th)|[A-Z]\.?)\.? ){1,4}(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir|Trail|Trl|Crescent|Cres|Close|Alley|Row|Plaza|Loop|Run|Path|Pike|Gardens|Grove|Hill|Mews|Walk|Expressway|Freeway|Turnpike|Ridge|Heights|Park|Point|Crossing|Center|Centre|Junction|Bypass|Strasse|Straße|Rue|Via|Calle)\b\.?(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Room|Rm|Bldg|Building|#)\.? ?#?[A-Za-z0-9\-]{1,6})?(?:, ?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?(?:,? (?:[A-Z]{2}|[A-Z][a-z]+))?(?:,? \d{5}(?:-\d{4})?)?", Opt)]
    internal static partial Regex StreetAddress();

    [GeneratedRegex(@"\b(?:P\.? ?O\.? Box|PO Box|Post Office Box) \d{1,8}", Opt | RegexOptions.IgnoreCase)]
    internal static partial Regex PoBox();

    [GeneratedRegex(@"\b(?:University|College|Institute|Bank|Ministry|Department|Bureau|Agency|Office|Commission|Council|Academy|School|Museum|Church|Board|Federation|Association|Society|Republic|Hospital) of (?:the )?[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|and|for|the))*", Opt)]
    internal static partial Regex OrgOfPattern();

    [GeneratedRegex(@"\b(?<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), (?<state>AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b", Opt)]
    internal static partial Regex CityState();
}
