using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>
/// A stable SHA-256 digest of an order's content: every field of the order, its customer and its lines, in a fixed
/// order, each value tagged by whether it is present; text as UTF-8, amounts by value (<c>1.50</c> and <c>1.5</c> are the
/// same price), dates in ISO form, instants in ticks. Two orders with the same content have the same digest, whichever objects
/// hold them; any difference a review could read gives another digest. Written <c>sha256:</c> and 64 lowercase hex digits.
/// </summary>
internal static class OrderContentDigest
{
    private const string Prefix = "sha256:";

    /// <summary>The digest of an order's content.</summary>
    public static string Of(Order order)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var content = new Content(hash);
        content.Text(order.OrderId);
        content.Moment(order.ReceivedAt);
        content.Text(order.EnteredBy);
        content.Text(order.Customer.CustomerId);
        content.Text(order.Customer.Name);
        content.Text(order.Customer.Contact.Person);
        content.Text(order.Customer.Contact.Phone);
        content.Text(order.Customer.Contact.Email);
        content.Address(order.Customer.Address);
        content.Text(order.Currency);
        content.Date(order.RequestedDeliveryDate);
        content.Number(order.PaymentTerms is { } terms ? (int)terms : null);
        content.Address(order.RequestedDeliveryAddress);
        content.Text(order.SpecialRequirements);
        content.Number(order.Lines.Count);
        foreach (var line in order.Lines)
        {
            content.Number(line.LineNo);
            content.Text(line.Sku);
            content.Text(line.Description);
            content.Amount(line.Quantity);
            content.Amount(line.UnitPrice);
            content.Number(line.Requirements.Count);
            foreach (var requirement in line.Requirements)
            {
                content.Text(requirement);
            }
        }

        return Prefix + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private readonly struct Content(IncrementalHash hash)
    {
        private const byte Absent = 0;
        private const byte Present = 1;

        public void Text(string? value)
        {
            if (Missing(value is null))
            {
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(value!);
            Number(bytes.Length);
            hash.AppendData(bytes);
        }

        public void Number(long? value)
        {
            if (Missing(value is null))
            {
                return;
            }

            Span<byte> bytes = stackalloc byte[sizeof(long)];
            BinaryPrimitives.WriteInt64LittleEndian(bytes, value!.Value);
            hash.AppendData(bytes);
        }

        public void Amount(decimal? value)
        {
            if (Missing(value is null))
            {
                return;
            }

            // Dividing by one with many zeros drops the trailing zeros of the scale (and zero has no sign), so equal amounts hash alike.
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value == 0m ? 0m : value!.Value / 1.000000000000000000000000000000000m, bits);
            foreach (var part in bits)
            {
                Number(part);
            }
        }

        public void Date(LocalDate? value) => Text(value is { } date ? LocalDatePattern.Iso.Format(date) : null);

        public void Moment(Instant? value) => Number(value is { } instant ? instant.ToUnixTimeTicks() : null);

        public void Address(PostalAddress? address)
        {
            if (Missing(address is null))
            {
                return;
            }

            Text(address!.Street);
            Text(address.City);
            Text(address.PostalCode);
            Text(address.Country);
        }

        private bool Missing(bool absent)
        {
            hash.AppendData(absent ? [Absent] : [Present]);
            return absent;
        }
    }
}
