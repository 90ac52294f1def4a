# syntax=docker/dockerfile:1
# ProcurementPlatform web host. Build:  docker build -t procurement-platform .
# Run with SQL Server:                  docker compose up   (see docker-compose.yml and README.md)

# ---- build ---------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the build props and project files only, so the layer is cached until a
# package or project reference changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ProcurementPlatform.Domain/ProcurementPlatform.Domain.csproj                 src/ProcurementPlatform.Domain/
COPY src/ProcurementPlatform.Application/ProcurementPlatform.Application.csproj       src/ProcurementPlatform.Application/
COPY src/ProcurementPlatform.Infrastructure/ProcurementPlatform.Infrastructure.csproj src/ProcurementPlatform.Infrastructure/
COPY src/ProcurementPlatform.Web/ProcurementPlatform.Web.csproj                       src/ProcurementPlatform.Web/
RUN dotnet restore src/ProcurementPlatform.Web/ProcurementPlatform.Web.csproj

COPY src/ src/
RUN dotnet publish src/ProcurementPlatform.Web/ProcurementPlatform.Web.csproj \
        --configuration Release --no-restore --output /app/publish /p:UseAppHost=false

# ---- runtime -------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app

# Writable places for the non-root user: App_Data (the embedded SQLite file, when no SQL Server is
# configured) and the Data Protection key ring (mount a volume here so sign-in cookies survive restarts).
RUN mkdir -p /app/App_Data /home/app/.aspnet/DataProtection-Keys \
    && chown -R "$APP_UID" /app/App_Data /home/app/.aspnet

COPY --from=build /app/publish ./

# ASPNETCORE_URLS replaces the base image's ASPNETCORE_HTTP_PORTS (cleared to avoid an "overriding" warning).
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080

USER $APP_UID
ENTRYPOINT ["dotnet", "ProcurementPlatform.Web.dll"]
