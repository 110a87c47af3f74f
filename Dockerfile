# syntax=docker/dockerfile:1
# Multi-stage: restore, build, test, publish; the runtime image runs `run` as a non-root user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore NewsBot.sln
RUN dotnet build NewsBot.sln -c Release --no-restore

FROM build AS test
# Corpus tests skip themselves here: the evaluation data is not part of the image.
RUN dotnet test NewsBot.sln -c Release --no-build

FROM test AS publish
RUN dotnet publish src/NewsBot/NewsBot.csproj -c Release --no-build -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=publish /app .
COPY appsettings.example.json ./appsettings.example.json
# The .NET images ship an unprivileged 'app' user; the data folder is the only writable place.
RUN mkdir -p /app/data && chown app /app/data
VOLUME ["/app/data"]
USER app
ENV DOTNET_NOLOGO=1
ENTRYPOINT ["dotnet", "NewsBot.dll"]
CMD ["run"]
