@echo off
rem Runs boardpack on Windows as ./boardpack does elsewhere: the jar extracted by `mvn package` (target\app), with
rem its class-data sharing archive when there is one, Spring's ahead-of-time bean definitions, the serial garbage
rem collector and the quick JIT compiler only. Options as for java -jar target\boardpack.jar; --help lists them.
rem JAVA_OPTS adds JVM options, e.g. set JAVA_OPTS=-Xmx512m. The exit code is boardpack's (0 done, 5 not ready).
setlocal
set "APP=%~dp0target\app"
if not exist "%APP%\boardpack.jar" (
	echo boardpack: not built yet: run mvn -q -DskipTests package 1>&2
	exit /b 1
)
set ARCHIVE=
if exist "%APP%\boardpack.jsa" set ARCHIVE="-XX:SharedArchiveFile=%APP%\boardpack.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
java %ARCHIVE% -Dspring.aot.enabled=true -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %JAVA_OPTS% -jar "%APP%\boardpack.jar" %*
exit /b %ERRORLEVEL%
