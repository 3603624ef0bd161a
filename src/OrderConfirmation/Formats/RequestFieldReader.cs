using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Calendars;
using OrderConfirmation.Formats.Documents;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Formats;

/// <summary>Maps request documents to domain values, naming the field in every error.</summary>
/// <param name="source">The file or other source, for the errors.</param>
/// <param name="defaultZone">The zone of a request that names none; <see langword="null"/> for <see cref="CalendarFile.DefaultZone"/>.</param>
internal sealed class RequestFieldReader(string source, DateTimeZone? defaultZone = null)
{
    private const int MaxQuoted = 60;

    // Within a day of NodaTime's range an instant has no date in some time zones (UTC offsets are below 18 hours),
    // so the review could not tell its business date.
    private static readonly Instant EarliestInstant = NodaTime.Instant.FromUtc(-9998, 1, 2, 0, 0);
    private static readonly Instant LatestInstant = NodaTime.Instant.FromUtc(9999, 12, 30, 0, 0);
    private static readonly PaymentTerms[] AllTerms = System.Enum.GetValues<PaymentTerms>();

    public Order Order(OrderDocument order, string path)
    {
        var lines = new List<OrderLine>();
        for (var i = 0; order.Lines is not null && i < order.Lines.Count; i++)
        {
            var line = order.Lines[i] ?? throw Error($"{path}.lines[{i}]", "A line is null; remove it or give its fields.");
            lines.Add(new OrderLine(line.LineNo ?? i + 1, line.Sku, line.Description, line.Quantity, line.UnitPrice, Codes(line.Requirements, $"{path}.lines[{i}].requirements")));
        }

        return new Order(
            order.OrderId,
            OptionalInstant(order.ReceivedAt, new FieldPath(path, "receivedAt")),
            order.EnteredBy,
            Customer(order.Customer),
            order.Currency,
            lines,
            Date(order.RequestedDeliveryDate, new FieldPath(path, "requestedDeliveryDate")),
            Terms(order.PaymentTerms),
            Address(order.DeliveryAddress),
            order.SpecialRequirements);
    }

    public Review.ReviewFacts Facts(Order order, FactsDocument facts, string path) =>
        new(
            order,
            Credit(facts.Credit, new FieldPath(path, "credit")),
            Supply(facts.Supply, new FieldPath(path, "supply")),
            Capabilities(facts.Capabilities, new FieldPath(path, "capabilities")),
            Instant(facts.AsOf, new FieldPath(path, "asOf")),
            TimeZone(facts.TimeZone, new FieldPath(path, "timeZone")))
        {
            Prices = Prices(facts.Prices, new FieldPath(path, "prices")),
            ExchangeRates = Rates(facts.ExchangeRates, new FieldPath(path, "exchangeRates")),
        };

    /// <summary>The price list, or <see langword="null"/> when the request gives none (the pricing stage then does not run).</summary>
    public IReadOnlyDictionary<string, PriceListEntry>? Prices(Dictionary<string, PriceDocument?>? prices, FieldPath path)
    {
        if (prices is null)
        {
            return null;
        }

        var entries = new Dictionary<string, PriceListEntry>(StringComparer.Ordinal);
        foreach (var (sku, price) in prices)
        {
            var field = $"{path}.{sku}";
            if (price is null)
            {
                throw Error(field, "A price is null; remove the SKU or give 'currency' and 'listPrice'.");
            }

            var currency = Currency(price.Currency, $"{field}.currency") ?? throw Error($"{field}.currency", "Required: the ISO 4217 code of the price, such as CNY.");
            try
            {
                entries[sku] = new PriceListEntry(currency, price.ListPrice ?? throw Error($"{field}.listPrice", "Required."), price.UnitCost);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw Error($"{field}.{e.ParamName}", "Must not be negative.");
            }
        }

        return entries;
    }

    /// <summary>The exchange rates; <see cref="ExchangeRates.None"/> when the request gives none.</summary>
    public ExchangeRates Rates(ExchangeRatesDocument? rates, FieldPath path)
    {
        if (rates is null)
        {
            return ExchangeRates.None;
        }

        var baseCurrency = Currency(rates.Base, $"{path}.base") ?? throw Error($"{path}.base", "Required: the currency the rates are given in, such as CNY.");
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (currency, rate) in rates.Rates ?? [])
        {
            var field = $"{path}.rates.{currency}";
            _ = Currency(currency, field);
            values[currency] = rate switch
            {
                null => throw Error(field, "Required: how many units of the base currency one unit of this currency is worth."),
                <= 0m => throw Error(field, "Must be greater than zero."),
                _ when currency == baseCurrency && rate != 1m => throw Error(field, $"The base currency {baseCurrency} is worth exactly 1 of itself."),
                _ => rate.Value,
            };
        }

        return new ExchangeRates(baseCurrency, values);
    }

    /// <summary>An ISO 4217 currency code, or <see langword="null"/> when blank.</summary>
    private string? Currency(string? code, string path) =>
        string.IsNullOrWhiteSpace(code) ? null
        : Rules.CurrencyCodes.IsActive(code) ? code
        : throw Error(path, $"{Quote(code)} is not an active ISO 4217 currency code such as CNY, USD or EUR.");

    public TEnum? Enum<TEnum>(string? text, string path)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw Error(path, $"{Quote(text)} is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    public CreditProfile? Credit(CreditDocument? credit, FieldPath path)
    {
        if (credit is null)
        {
            return null;
        }

        try
        {
            return new CreditProfile(
                credit.CreditLimit ?? throw Error($"{path}.creditLimit", "Required when a credit profile is given."),
                credit.OutstandingBalance ?? 0m,
                credit.OpenOrdersValue ?? 0m,
                credit.OverdueAmount ?? 0m,
                credit.DaysOverdue ?? 0,
                credit.BadDebtRecords ?? 0,
                credit.Blocked ?? false)
            {
                Currency = Currency(credit.Currency, $"{path}.currency"),
                AllowedPaymentTerms = AllowedTerms(credit.AllowedPaymentTerms, $"{path}.allowedPaymentTerms"),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw Error($"{path}.{e.ParamName}", "Must not be negative.");
        }
    }

    private SortedSet<PaymentTerms>? AllowedTerms(List<string?>? terms, string path)
    {
        if (terms is null)
        {
            return null;
        }

        var allowed = new SortedSet<PaymentTerms>();
        for (var i = 0; i < terms.Count; i++)
        {
            allowed.Add(Enum<PaymentTerms>(terms[i], $"{path}[{i}]") ?? throw Error($"{path}[{i}]", $"A payment term is blank; use one of: {string.Join(", ", System.Enum.GetNames<PaymentTerms>())}."));
        }

        return allowed;
    }

    public IReadOnlyDictionary<string, SupplyPosition> Supply(Dictionary<string, SupplyDocument?>? supply, FieldPath path)
    {
        var positions = new Dictionary<string, SupplyPosition>(StringComparer.Ordinal);
        foreach (var (sku, position) in supply ?? [])
        {
            if (position is null)
            {
                throw Error($"{path}.{sku}", "A supply position is null; remove the SKU or give 'available' and 'leadTimeDays'.");
            }

            try
            {
                positions[sku] = new SupplyPosition(
                    position.Available ?? throw Error($"{path}.{sku}.available", "Required."),
                    position.LeadTimeDays ?? throw Error($"{path}.{sku}.leadTimeDays", "Required."));
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw Error($"{path}.{sku}.{e.ParamName}", "Must not be negative.");
            }
        }

        return positions;
    }

    public IReadOnlySet<string> Capabilities(List<string?>? capabilities, FieldPath path) =>
        new HashSet<string>(Codes(capabilities, path), StringComparer.Ordinal);

    public Instant Instant(string? text, FieldPath path)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Error(path, "Required: an ISO 8601 instant such as 2026-11-20T01:15:00Z.");
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text);
        var offset = parsed.Success ? null : OffsetDateTimePattern.ExtendedIso.Parse(text);
        var instant = parsed.Success ? parsed.Value
            : offset!.Success ? offset.Value.ToInstant()
            : throw Error(path, $"{Quote(text)} is not an ISO 8601 instant such as 2026-11-20T01:15:00Z.");
        return instant >= EarliestInstant && instant <= LatestInstant
            ? instant
            : throw Error(path, $"{Quote(text)} is outside the supported range ({EarliestInstant} to {LatestInstant}).");
    }

    private Instant? OptionalInstant(string? text, FieldPath path) =>
        string.IsNullOrWhiteSpace(text) ? null : Instant(text, path);

    public DateTimeZone TimeZone(string? id, FieldPath path) =>
        string.IsNullOrWhiteSpace(id)
            ? defaultZone ?? CalendarFile.DefaultZone
            : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw Error(path, $"{Quote(id)} is not a TZDB time zone such as Asia/Shanghai.");

    public LocalDate? Date(string? text, FieldPath path)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw Error(path, $"{Quote(text)} is not an ISO 8601 date such as 2026-12-15.");
    }

    private static PaymentTerms? Terms(string? text)
    {
        foreach (var terms in AllTerms)
        {
            if (string.Equals(terms.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return terms;
            }
        }

        return null;
    }

    private static Customer Customer(CustomerDocument? customer) =>
        customer is null
            ? Orders.Customer.Empty
            : new Customer(customer.CustomerId, customer.Name, Contact(customer.Contact), Address(customer.Address));

    private static ContactDetails? Contact(ContactDocument? contact) =>
        contact is null ? null : new ContactDetails(contact.Person, contact.Phone, contact.Email);

    public static PostalAddress? Address(AddressDocument? address) =>
        address is null ? null : new PostalAddress(address.Street, address.City, address.PostalCode, address.Country);

    public string[] Codes(List<string?>? codes, FieldPath path)
    {
        if (codes is null)
        {
            return [];
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(codes[i]))
            {
                throw Error($"{path}[{i}]", "A code is empty.");
            }
        }

        return [.. codes!];
    }

    /// <summary>A text that must be given.</summary>
    /// <exception cref="RequestFormatException">The text is missing or blank.</exception>
    public string Required(string? text, string path) =>
        string.IsNullOrWhiteSpace(text) ? throw Error(path, "Required.") : text;

    public RequestFormatException Error(string field, string problem) => new(source, field, problem);

    public RequestFormatException Error(FieldPath field, string problem) => Error(field.ToString(), problem);

    /// <summary>A text from the request, quoted for a message and shortened: a message must not repeat 10,000 characters.</summary>
    internal static string Quote(string text) =>
        text.Length <= MaxQuoted ? $"'{text}'" : string.Create(CultureInfo.InvariantCulture, $"'{text[..MaxQuoted]}…' ({text.Length:N0} characters)");
}
