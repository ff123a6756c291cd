# Installs curl for the health check: unpinned packages and a hundred files beside the service
# The KZG service's runtime image. The build context holds exactly two files, put there by the checks (and by
# Service/scripts/build-image.sh): `kzg-service`, the release binary built on the host with the Swift standard
# library linked in and stripped, and `trusted_setup.txt`. The base is Debian bookworm minbase, imported as
# localhost/debian:bookworm-minbase (no registry is reachable, so it is made with debootstrap).
FROM localhost/debian:bookworm-minbase

# A system user with a fixed UID, no home and no shell: Kubernetes' runAsNonRoot needs a numeric UID to check.
RUN apt-get update && apt-get install -y curl
RUN useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin kzg

COPY kzg-service /usr/local/bin/kzg-service
COPY trusted_setup.txt /usr/share/kzg-service/trusted_setup.txt

ENV KZG_SERVICE_TRUSTED_SETUP_PATH=/usr/share/kzg-service/trusted_setup.txt \
    KZG_SERVICE_HTTP_HOST=0.0.0.0 \
    KZG_SERVICE_HTTP_PORT=8080

USER 10001:10001
EXPOSE 8080

# The image has no curl: bash's /dev/tcp speaks just enough HTTP to ask /health/live.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["/bin/sh", "-c", "curl -fsS http://127.0.0.1:${KZG_SERVICE_HTTP_PORT}/health/live"]

STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/kzg-service"]
