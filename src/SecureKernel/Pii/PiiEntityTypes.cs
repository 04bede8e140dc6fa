namespace SecureKernel;

/// <summary>
/// The entity type names reported by <see cref="PiiRedactor"/>; they match the CLI contract exactly.
/// </summary>
public static class PiiEntityTypes
{
    /// <summary>A person's name.</summary>
    public const string Person = "PERSON";

    /// <summary>An e-mail address.</summary>
    public const string Email = "EMAIL";

    /// <summary>A telephone number, validated with libphonenumber.</summary>
    public const string Phone = "PHONE";

    /// <summary>A payment card number that passes the Luhn check.</summary>
    public const string CreditCard = "CREDIT_CARD";

    /// <summary>An IBAN with a valid country length and mod-97 check digits.</summary>
    public const string Iban = "IBAN";

    /// <summary>A US social security number.</summary>
    public const string UsSsn = "US_SSN";

    /// <summary>An IPv4 or IPv6 address.</summary>
    public const string IpAddress = "IP_ADDRESS";

    /// <summary>An API key, token, password or other secret.</summary>
    public const string ApiKey = "API_KEY";

    /// <summary>A JSON Web Token.</summary>
    public const string Jwt = "JWT";

    /// <summary>A PEM/OpenSSH/PGP private key block.</summary>
    public const string PrivateKey = "PRIVATE_KEY";

    /// <summary>A Bitcoin or Ethereum address.</summary>
    public const string CryptoWallet = "CRYPTO_WALLET";

    /// <summary>Credentials in a URL (user info or secret query parameters).</summary>
    public const string UrlWithCredentials = "URL_WITH_CREDENTIALS";

    /// <summary>A date near birth-date context words.</summary>
    public const string DateOfBirth = "DATE_OF_BIRTH";

    /// <summary>A passport number near passport context words, or a passport MRZ.</summary>
    public const string Passport = "PASSPORT";

    /// <summary>A medical record number near its context words.</summary>
    public const string MedicalRecordNumber = "MEDICAL_RECORD_NUMBER";

    /// <summary>A UK National Insurance number.</summary>
    public const string UkNino = "UK_NINO";

    /// <summary>A street address.</summary>
    public const string StreetAddress = "STREET_ADDRESS";

    /// <summary>A place name (country, state, city).</summary>
    public const string Location = "LOCATION";

    /// <summary>An organization name.</summary>
    public const string Organization = "ORGANIZATION";

    /// <summary>Every type name, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Person, Email, Phone, CreditCard, Iban, UsSsn, IpAddress, ApiKey, Jwt, PrivateKey, CryptoWallet,
        UrlWithCredentials, DateOfBirth, Passport, MedicalRecordNumber, UkNino, StreetAddress, Location, Organization,
    ];

    /// <summary>The types found by patterns and checksums only (no name/place gazetteers).</summary>
    public static IReadOnlyList<string> PatternBased { get; } =
    [
        Email, Phone, CreditCard, Iban, UsSsn, IpAddress, ApiKey, Jwt, PrivateKey, CryptoWallet,
        UrlWithCredentials, DateOfBirth, Passport, MedicalRecordNumber, UkNino,
    ];

    /// <summary>Returns whether <paramref name="type"/> is one of <see cref="All"/>.</summary>
    /// <param name="type">The type name.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
