# 深度学习基础 · Deep Learning Foundations
#   docker build -t dl-foundations .
#   docker run -p 8080:8080 -v dlf-data:/var/lib/dlf dl-foundations
# Stage 1: build the production jar with the Maven wrapper (the committed frontend bundle needs no Node).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -ntp dependency:go-offline -Pproduction || true
COPY src src
COPY frontend frontend
COPY content content
RUN ./mvnw -B -ntp -Pproduction -DskipTests -Dspotless.check.skip=true package

# Stage 2: a slim JRE image that runs the jar as an unprivileged user.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system dlf && useradd --system --gid dlf --home-dir /app dlf \
    && mkdir -p /app /var/lib/dlf && chown dlf:dlf /var/lib/dlf
WORKDIR /app
COPY --from=build /src/target/deep-learning-foundations-1.0.0-SNAPSHOT.jar app.jar
ENV DLF_DATA_DIR=/var/lib/dlf \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/var/lib/dlf"]
USER dlf
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
