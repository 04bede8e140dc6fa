using System.Text;
using SecureKernel.Cli;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 64 * 1024);
using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
int code = await CliApp.RunAsync(args, stdin, stdout, stderr);
await stdout.FlushAsync();
return code;
