using OpenGov.Requests.Domain.Remedies;
using OpenGov.Requests.Domain.Requests;
using Riok.Mapperly.Abstractions;

namespace OpenGov.Requests.Application.Requests;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class RequestMapper
{
    public static partial ApplicantDto ToDto(this Applicant applicant);

    public static partial ConsultationDto ToDto(this Consultation consultation);

    public static partial StepDto ToDto(this RequestStep step);

    public static partial RemedyCaseDto ToDto(this RemedyCase remedy);

    public static partial IQueryable<RemedyCaseDto> ProjectToDto(this IQueryable<RemedyCase> remedies);
}
