# syntax=docker/dockerfile:1
# Stages: build, test (only with `docker build --target test .`), publish (Linux only, NativeAOT), runtime (non-root).
# `docker build .` and `docker compose build` skip the test stage: the runtime stage does not depend on it.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
# One runtime identifier: the image carries SQLite's native library for its own platform only, not for two dozen others.
RUN RID=linux-$([ "$TARGETARCH" = "arm64" ] && echo arm64 || echo x64) \
    && echo "$RID" > /rid \
    && dotnet restore NewsBot.sln
RUN dotnet build NewsBot.sln -c Release --no-restore

FROM build AS test
# Corpus tests skip themselves here: the evaluation data is not part of the image.
RUN dotnet test NewsBot.sln -c Release --no-build

FROM build AS publish
# NativeAOT: one native binary, no JIT and no IL images mapped, so the idle bot's working set is under 80 MB (issue 15;
# the README's "Idle `run` memory" row). The native linker needs clang and zlib.
# (It restores again: the referenced projects need the runtime identifier's assets too.)
RUN apt-get update && apt-get install -y --no-install-recommends clang zlib1g-dev && rm -rf /var/lib/apt/lists/*
RUN dotnet publish src/NewsBot/NewsBot.csproj -c Release -r "$(cat /rid)" -p:PublishAot=true -o /app \
    && rm -f /app/*.dbg

# runtime-deps: the native libraries a self-contained .NET program needs (ICU included: digests format dates per locale).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
# curl only for the container health check against /healthz.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=publish /app .
COPY appsettings.example.json ./appsettings.example.json
# The .NET images ship an unprivileged 'app' user; the data folder is the only writable place.
RUN mkdir -p /app/data && chown app /app/data
VOLUME ["/app/data"]
USER app
ENV DOTNET_NOLOGO=1 \
    Http__Urls=http://0.0.0.0:8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["curl", "-fsS", "http://localhost:8080/healthz"]
ENTRYPOINT ["/app/NewsBot"]
CMD ["run"]
