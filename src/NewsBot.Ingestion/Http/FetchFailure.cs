namespace NewsBot.Ingestion.Http;

public enum FetchFailure
{
    InvalidUrl,
    RefusedAddress,
    DnsFailure,
    ConnectionFailed,
    Timeout,
    HttpStatus,
    TooLarge,
    TooManyRedirects,
}
