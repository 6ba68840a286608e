# syntax=docker/dockerfile:1
# Kampus: build the release binary, then run it as a non-root user in a small Debian image.

FROM rust:1.95-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq-dev libsqlite3-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p kampus-api \
 && install -m 0755 target/release/kampus /usr/local/bin/kampus

FROM debian:bookworm-slim AS runtime
# libpq5 and libsqlite3-0: the database drivers; curl: the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 libsqlite3-0 ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /var/lib/kampus --create-home kampus
COPY --from=build /usr/local/bin/kampus /usr/local/bin/kampus
COPY content /opt/kampus/content
ENV KAMPUS_BIND=0.0.0.0:8080 \
    KAMPUS_DATA_DIR=/var/lib/kampus \
    KAMPUS_CONTENT_DIR=/opt/kampus/content \
    KAMPUS_LOG_FORMAT=json
USER kampus:kampus
WORKDIR /var/lib/kampus
VOLUME ["/var/lib/kampus"]
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/readyz >/dev/null || exit 1
ENTRYPOINT ["kampus"]
CMD ["serve"]
