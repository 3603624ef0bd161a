using System.Globalization;
using OrderConfirmation.Formats.Documents;

namespace OrderConfirmation.Formats;

/// <summary>
/// Refuses a request beyond its <see cref="RequestLimits"/>, naming the field and the limit: its size before it is
/// parsed, its texts once deserialized (line counts are checked on the raw JSON by <see cref="RequestLineCounter"/>).
/// </summary>
internal sealed class RequestLimitCheck(RequestFieldReader fields, RequestLimits limits)
{
    private const double Mebibyte = 1024 * 1024;

    /// <summary>Refuses a request of more bytes than <see cref="RequestLimits.MaxBytes"/>.</summary>
    /// <param name="source">The file or other source, for the message.</param>
    /// <param name="bytes">The size of the request.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="consequence">What was not done, such as "The file was not read.", or empty.</param>
    /// <exception cref="RequestFormatException">The request is too large.</exception>
    public static void Size(string source, long bytes, RequestLimits limits, string consequence)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (bytes > limits.MaxBytes)
        {
            throw TooLarge(source, Bytes(bytes), limits, consequence);
        }
    }

    /// <summary>The error for a request of more than <paramref name="size"/>.</summary>
    public static RequestFormatException TooLarge(string source, string size, RequestLimits limits, string consequence) =>
        new(source, string.Empty, $"The request is {size}; at most {Bytes(limits.MaxBytes)} is accepted ({nameof(RequestLimits)}.{nameof(RequestLimits.MaxBytes)}).{(consequence.Length == 0 ? string.Empty : " " + consequence)}");

    /// <exception cref="RequestFormatException">The request has too long a text.</exception>
    public void Review(ReviewRequestDocument document)
    {
        Order(document.Order, "order");
        Facts(document.Facts, "facts");
    }

    /// <exception cref="RequestFormatException">The request has too long a text.</exception>
    public void Change(ChangeRequestDocument document)
    {
        Order(document.Order, "order");
        if (document.Change is { } change)
        {
            Text(change.ChangeId, "change", "changeId");
            Text(change.RequestedAt, "change", "requestedAt");
            Text(change.RequestedBy, "change", "requestedBy");
            Text(change.Reason, "change", "reason");
            Text(change.RequestedDeliveryDate, "change", "requestedDeliveryDate");
            Address(change.DeliveryAddress, "change", "deliveryAddress");
            Text(change.PaymentTerms, "change", "paymentTerms");
            Text(change.SpecialRequirements, "change", "specialRequirements");
            Text(change.Currency, "change", "currency");
            for (var i = 0; change.Lines is not null && i < change.Lines.Count; i++)
            {
                if (change.Lines[i] is { } line)
                {
                    Line(line.Sku, line.Description, line.Requirements, "change.lines", i);
                }
            }
        }

        Facts(document.Facts, "facts");
    }

    private void Order(OrderDocument? order, string path)
    {
        if (order is null)
        {
            return;
        }

        Text(order.OrderId, path, "orderId");
        Text(order.ReceivedAt, path, "receivedAt");
        Text(order.EnteredBy, path, "enteredBy");
        if (order.Customer is { } customer)
        {
            Text(customer.CustomerId, path, "customer.customerId");
            Text(customer.Name, path, "customer.name");
            Text(customer.Contact?.Person, path, "customer.contact.person");
            Text(customer.Contact?.Phone, path, "customer.contact.phone");
            Text(customer.Contact?.Email, path, "customer.contact.email");
            Address(customer.Address, path, "customer.address");
        }

        Text(order.Currency, path, "currency");
        Text(order.RequestedDeliveryDate, path, "requestedDeliveryDate");
        Address(order.DeliveryAddress, path, "deliveryAddress");
        Text(order.PaymentTerms, path, "paymentTerms");
        Text(order.SpecialRequirements, path, "specialRequirements");
        Text(order.Status, path, "status");
        Text(order.PromisedDeliveryDate, path, "promisedDeliveryDate");
        for (var i = 0; order.Lines is not null && i < order.Lines.Count; i++)
        {
            if (order.Lines[i] is { } line)
            {
                Line(line.Sku, line.Description, line.Requirements, $"{path}.lines", i);
            }
        }
    }

    private void Facts(FactsDocument? facts, string path)
    {
        if (facts is null)
        {
            return;
        }

        Text(facts.AsOf, path, "asOf");
        Text(facts.TimeZone, path, "timeZone");
        foreach (var sku in facts.Supply?.Keys ?? Enumerable.Empty<string>())
        {
            if (sku.Length > limits.MaxTextLength)
            {
                throw fields.Error($"{path}.supply", "A SKU (a key) of " + TooLong(sku.Length));
            }
        }

        Texts(facts.Capabilities, $"{path}.capabilities");
        foreach (var (sku, price) in facts.Prices ?? [])
        {
            Key(sku, path, "prices");
            Text(price?.Currency, path, $"prices.{sku}", "currency");
        }

        if (facts.ExchangeRates is { } rates)
        {
            Text(rates.Base, path, "exchangeRates.base");
            foreach (var currency in rates.Rates?.Keys ?? Enumerable.Empty<string>())
            {
                Key(currency, path, "exchangeRates.rates");
            }
        }

        if (facts.Credit is { } credit)
        {
            Text(credit.Currency, path, "credit.currency");
            Texts(credit.AllowedPaymentTerms, $"{path}.credit.allowedPaymentTerms");
        }
    }

    private void Key(string key, string path, string name)
    {
        if (key.Length > limits.MaxTextLength)
        {
            throw fields.Error($"{path}.{name}", "A key of " + TooLong(key.Length));
        }
    }

    private void Address(AddressDocument? address, string path, string name)
    {
        if (address is not null)
        {
            Text(address.Street, path, name, "street");
            Text(address.City, path, name, "city");
            Text(address.PostalCode, path, name, "postalCode");
            Text(address.Country, path, name, "country");
        }
    }

    // Paths of lines and codes are built only for the error: a request may hold a million codes.
    private void Line(string? sku, string? description, List<string?>? requirements, string path, int line)
    {
        Text(sku, path, line, ".sku");
        Text(description, path, line, ".description");
        Texts(requirements, path, line, ".requirements");
    }

    private void Texts(List<string?>? texts, string path, int? line = null, string? field = null)
    {
        for (var i = 0; texts is not null && i < texts.Count; i++)
        {
            if (texts[i] is { } text && text.Length > limits.MaxTextLength)
            {
                throw fields.Error(line is null ? $"{path}[{i}]" : $"{path}[{line}]{field}[{i}]", TooLong(text.Length));
            }
        }
    }

    private void Text(string? text, string path, int line, string field)
    {
        if (text is not null && text.Length > limits.MaxTextLength)
        {
            throw fields.Error($"{path}[{line}]{field}", TooLong(text.Length));
        }
    }

    // The path of a field is built only for the error, so that checking a valid request allocates nothing.
    private void Text(string? text, string path, string name, string? subName = null)
    {
        if (text is not null && text.Length > limits.MaxTextLength)
        {
            throw fields.Error(subName is null ? $"{path}.{name}" : $"{path}.{name}.{subName}", TooLong(text.Length));
        }
    }

    private string TooLong(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{length:N0} characters; at most {limits.MaxTextLength:N0} ({nameof(RequestLimits)}.{nameof(RequestLimits.MaxTextLength)}).");

    /// <summary>A size for people: "105 MB (110,100,480 bytes)" or "512 bytes".</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / Mebibyte:0.#} MB ({bytes:N0} bytes)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
    };
}
