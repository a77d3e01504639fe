# Builds the application jar and runs it. The Vaadin production bundle is committed under src/main/bundles,
# so the build needs no Node.js.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY cypher cypher
COPY frontend frontend
COPY src src
COPY package.json package-lock.json ./
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app explorer
WORKDIR /app
COPY --from=build /src/target/consortium-explorer-*.jar /app/consortium-explorer.jar
USER explorer
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/consortium-explorer.jar"]
