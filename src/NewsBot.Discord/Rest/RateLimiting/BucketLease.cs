namespace NewsBot.Discord.Rest.RateLimiting;

/// <summary>Permission to send one request. A probe lease is the only request of a bucket whose limits are still unknown.</summary>
internal sealed record BucketLease(RateLimitBucket Bucket, bool IsProbe);
