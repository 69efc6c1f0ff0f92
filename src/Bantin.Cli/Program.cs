return Bantin.Cli.BantinApp.Run(args, Console.In, Console.Out, Console.Error);
