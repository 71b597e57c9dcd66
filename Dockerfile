# Multi-stage build of the production jar (Vaadin production bundle included) and a slim runtime image.
# No Docker engine exists on the development machines; this file is kept plain. See README.md "Docker".

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY frontend frontend
# package = compile + Vaadin production bundle (reuses src/main/bundles or Vaadin's pre-built bundle) + jar
RUN ./mvnw -B -ntp package -DskipTests -Dspotless.check.skip=true

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app thidua
WORKDIR /app
COPY --from=build /src/target/thidua-portal-*.jar /app/thidua-portal.jar
COPY tenants-config /app/tenants-config
USER thidua
ENV SERVER_ADDRESS=0.0.0.0 \
    TENANTS_CONFIG_DIR=/app/tenants-config \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/thidua-portal.jar"]
