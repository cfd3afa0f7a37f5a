using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Spm.Core.Hosting;
using Spm.Infrastructure.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddSpmCore(builder.Configuration).AddSpmInfrastructure(builder.Configuration);
builder.Build().Run();
