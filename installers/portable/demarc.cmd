@echo off
rem Starts Demarc's portable edition on an installed Java 17 or newer (JAVA_HOME's, else the java
rem on the PATH), from wherever this folder is: JavaFX for Windows from javafx\win, on the module
rem path, with the options the installers give it. Data goes to %APPDATA%\Demarc, as with an install.
rem Usage: demarc.cmd [FILE.demarc]   the GUI (double-clicked: without a console window)
rem        demarc.cmd COMMAND ...     the command line (demarc.cmd --help lists the commands)
rem No parenthesised blocks below: a folder named like "Demarc (1)" would end them early.
setlocal
set "HERE=%~dp0"
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA set "JAVA=%%j"
set "WHY=None was found: JAVA_HOME is not set to a Java and there is no java on the PATH."
if not defined JAVA goto nojava

rem One start of that java says its version (Java 7 and later understand this).
set "SPEC="
for /f "tokens=2 delims==" %%v in ('""%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version""') do set "SPEC=%%v"
if defined SPEC set "SPEC=%SPEC: =%"
set "WHY=%JAVA% did not start as a Java."
if not defined SPEC goto nojava
set "WHY=%JAVA% is Java %SPEC%, too old."
if "%SPEC:~0,2%"=="1." goto nojava
if %SPEC% LSS 17 goto nojava

if not exist "%HERE%javafx\win\" goto nofx
set OPTIONS=--module-path "%HERE%javafx\win" --add-modules javafx.controls "@%HERE%lib\javafx-options.txt" -cp "%HERE%lib\*" org.demarc.Launcher
if not "%~1"=="" goto console
rem The GUI alone: javaw, so that no console window stays open beside it.
start "Demarc" "%JAVA:java.exe=javaw.exe%" %OPTIONS%
exit /b 0
:console
"%JAVA%" %OPTIONS% %*
exit /b %ERRORLEVEL%

:nofx
echo This copy of Demarc holds no JavaFX for Windows. Take demarc-*-windows-x64.zip or demarc-*-portable.zip. 1>&2
goto fail
:nojava
echo Demarc needs Java 17 or newer. %WHY% 1>&2
echo Install Java 17 or newer (for example Eclipse Temurin; its .zip needs no admin rights), 1>&2
echo then set JAVA_HOME to its folder or put its bin folder on the PATH, and start Demarc again. 1>&2
:fail
rem Double-clicked (cmd /c): keep the window open long enough to read the message.
echo "%CMDCMDLINE%" | findstr /i /c:" /c " >nul && pause
exit /b 3
