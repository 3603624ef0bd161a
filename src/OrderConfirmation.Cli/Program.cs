using OrderConfirmation.Cli;

return CliApplication.Run(args, Console.Out, Console.Error, NodaTime.SystemClock.Instance, ConsoleStreams.Console);
