# Builds and runs ArchFit. Build stage uses the Maven wrapper; the runtime image holds only the jar.
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/archfit-*.jar /archfit.jar

FROM eclipse-temurin:17.0.15_6-jre
RUN useradd --system --uid 10001 archfit
USER archfit
WORKDIR /app
COPY --from=build /archfit.jar /app/archfit.jar
# 8080: the app; 8081: metrics and backups (management port), not for users
EXPOSE 8080 8081
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-jar", "/app/archfit.jar"]
