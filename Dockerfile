# The Gaoqing Graph API (src/Gaoqing.Graph.Api) as a container: built with the .NET SDK, run on the ASP.NET runtime as a
# non-root user. Build context: the repository root (docker compose build, or docker build -t gaoqing-graph .).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# node and npm bundle GraphiQL (src/Gaoqing.Graph.Api/ClientApp) during the build.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props ./
COPY graph-seed/ graph-seed/
COPY src/ src/
RUN dotnet publish src/Gaoqing.Graph.Api/Gaoqing.Graph.Api.csproj --configuration Release --output /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY graph-seed/documents/ /app/graph-seed/documents/
RUN mkdir -p /data && chown "$APP_UID" /data
ENV ASPNETCORE_URLS=http://+:5080 \
    Graph__DataDir=/data \
    Graph__SeedDir=/app/graph-seed/documents
USER $APP_UID
EXPOSE 5080
ENTRYPOINT ["dotnet", "Gaoqing.Graph.Api.dll"]
