IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [DepartmentId] uniqueidentifier NULL,
        [OrganizationId] uniqueidentifier NULL,
        [CreatedAt] datetime2 NOT NULL,
        [PasswordChangedAt] datetime2 NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [UserId] nvarchar(450) NULL,
        [UserName] nvarchar(256) NOT NULL,
        [Action] nvarchar(100) NOT NULL,
        [EntityType] nvarchar(100) NULL,
        [EntityId] nvarchar(100) NULL,
        [Outcome] int NOT NULL,
        [Detail] nvarchar(2000) NULL,
        [IpAddress] nvarchar(64) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [Departments] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Departments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [Organizations] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [CreditCode] char(18) NOT NULL,
        [ContactName] nvarchar(50) NOT NULL,
        [ContactPhone] nvarchar(20) NOT NULL,
        [ContactEmail] nvarchar(100) NOT NULL,
        [Status] int NOT NULL,
        [RegisteredAt] datetime2 NOT NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedBy] nvarchar(256) NULL,
        [RejectionReason] nvarchar(500) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Organizations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [StoredFiles] (
        [Id] uniqueidentifier NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Length] bigint NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        [UploadedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_StoredFiles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [Solicitations] (
        [Id] uniqueidentifier NOT NULL,
        [DepartmentId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Summary] nvarchar(max) NOT NULL,
        [ServiceField] int NOT NULL,
        [TargetGroups] nvarchar(500) NOT NULL,
        [FundSource] int NOT NULL,
        [ProjectCeiling] bigint NOT NULL,
        [TotalBudget] bigint NOT NULL,
        [ProjectCount] int NOT NULL,
        [Eligibility] nvarchar(max) NOT NULL,
        [OpensAt] datetime2 NOT NULL,
        [ClosesAt] datetime2 NOT NULL,
        [RoadshowAt] datetime2 NOT NULL,
        [ContactInfo] nvarchar(200) NOT NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [PublishedAt] datetime2 NULL,
        [ClosedAt] datetime2 NULL,
        [CancelledAt] datetime2 NULL,
        [CancellationReason] nvarchar(1000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Solicitations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Solicitations_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [Applications] (
        [Id] uniqueidentifier NOT NULL,
        [SolicitationId] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [ClientRequestId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Summary] nvarchar(max) NOT NULL,
        [Objectives] nvarchar(max) NOT NULL,
        [Community] nvarchar(200) NOT NULL,
        [SocialWorkerName] nvarchar(50) NOT NULL,
        [SocialWorkerCertified] bit NOT NULL,
        [SocialWorkerCertificateNo] nvarchar(50) NULL,
        [Location] nvarchar(200) NOT NULL,
        [PeriodStart] date NULL,
        [PeriodEnd] date NULL,
        [RequestedAmount] bigint NOT NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [WithdrawnAt] datetime2 NULL,
        [WithdrawalReason] nvarchar(1000) NULL,
        [EligibilityNote] nvarchar(1000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Applications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Applications_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Applications_Solicitations_SolicitationId] FOREIGN KEY ([SolicitationId]) REFERENCES [Solicitations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [SolicitationAttachments] (
        [Id] int NOT NULL IDENTITY,
        [FileId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Length] bigint NOT NULL,
        [SolicitationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SolicitationAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SolicitationAttachments_Solicitations_SolicitationId] FOREIGN KEY ([SolicitationId]) REFERENCES [Solicitations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SolicitationAttachments_StoredFiles_FileId] FOREIGN KEY ([FileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [SolicitationRubricCriteria] (
        [Id] int NOT NULL IDENTITY,
        [Order] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Weight] int NOT NULL,
        [Description] nvarchar(1000) NULL,
        [SolicitationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SolicitationRubricCriteria] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SolicitationRubricCriteria_Solicitations_SolicitationId] FOREIGN KEY ([SolicitationId]) REFERENCES [Solicitations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [ApplicationActivities] (
        [Id] int NOT NULL IDENTITY,
        [Order] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [OutputType] int NOT NULL,
        [Quantity] int NOT NULL,
        [Beneficiaries] int NOT NULL,
        [Description] nvarchar(1000) NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ApplicationActivities] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApplicationActivities_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [ApplicationBudgetLines] (
        [Id] int NOT NULL IDENTITY,
        [Order] int NOT NULL,
        [Category] int NOT NULL,
        [Description] nvarchar(200) NOT NULL,
        [Amount] bigint NOT NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ApplicationBudgetLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApplicationBudgetLines_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE TABLE [ApplicationPartners] (
        [Id] int NOT NULL IDENTITY,
        [Order] int NOT NULL,
        [Kind] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Role] nvarchar(200) NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ApplicationPartners] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApplicationPartners_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ApplicationActivities_ApplicationId] ON [ApplicationActivities] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ApplicationBudgetLines_ApplicationId] ON [ApplicationBudgetLines] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ApplicationPartners_ApplicationId] ON [ApplicationPartners] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Applications_OrganizationId_ClientRequestId] ON [Applications] ([OrganizationId], [ClientRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Applications_SolicitationId_Status] ON [Applications] ([SolicitationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_DepartmentId] ON [AspNetUsers] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_OrganizationId] ON [AspNetUsers] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Departments_Code] ON [Departments] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organizations_CreditCode] ON [Organizations] ([CreditCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SolicitationAttachments_FileId] ON [SolicitationAttachments] ([FileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SolicitationAttachments_SolicitationId] ON [SolicitationAttachments] ([SolicitationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_SolicitationRubricCriteria_SolicitationId] ON [SolicitationRubricCriteria] ([SolicitationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Solicitations_DepartmentId] ON [Solicitations] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Solicitations_Status_ClosesAt] ON [Solicitations] ([Status], [ClosesAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123134707_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123134707_InitialCreate', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    ALTER TABLE [Solicitations] ADD [PlanEntryId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE TABLE [CallQuestions] (
        [Id] uniqueidentifier NOT NULL,
        [SolicitationId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [AskedAt] datetime2 NOT NULL,
        [OrganizationId] uniqueidentifier NULL,
        [AskedByUserId] nvarchar(450) NULL,
        [AttachmentFileId] uniqueidentifier NULL,
        [AttachmentName] nvarchar(200) NULL,
        [Status] int NOT NULL,
        [Answer] nvarchar(2000) NULL,
        [AnsweredAt] datetime2 NULL,
        [AnsweredBy] nvarchar(256) NULL,
        [AmendmentId] int NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CallQuestions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CallQuestions_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CallQuestions_Solicitations_SolicitationId] FOREIGN KEY ([SolicitationId]) REFERENCES [Solicitations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CallQuestions_StoredFiles_AttachmentFileId] FOREIGN KEY ([AttachmentFileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE TABLE [ReleasePlans] (
        [Id] uniqueidentifier NOT NULL,
        [DepartmentId] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [PublishedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReleasePlans] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReleasePlans_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE TABLE [SolicitationAmendments] (
        [Id] int NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [AmendedBy] nvarchar(256) NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [Changes] nvarchar(4000) NOT NULL,
        [PreviousClosesAt] datetime2 NOT NULL,
        [ClosesAt] datetime2 NOT NULL,
        [SolicitationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SolicitationAmendments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SolicitationAmendments_Solicitations_SolicitationId] FOREIGN KEY ([SolicitationId]) REFERENCES [Solicitations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE TABLE [ReleasePlanAmendments] (
        [Id] int NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [AmendedBy] nvarchar(256) NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [Changes] nvarchar(4000) NOT NULL,
        [ReleasePlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReleasePlanAmendments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReleasePlanAmendments_ReleasePlans_ReleasePlanId] FOREIGN KEY ([ReleasePlanId]) REFERENCES [ReleasePlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE TABLE [ReleasePlanEntries] (
        [Id] uniqueidentifier NOT NULL,
        [Order] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [ServiceField] int NOT NULL,
        [TargetGroups] nvarchar(500) NOT NULL,
        [FundSource] int NOT NULL,
        [EstimatedBudget] bigint NOT NULL,
        [PlannedQuarter] int NOT NULL,
        [Rationale] nvarchar(1000) NOT NULL,
        [ReleasePlanId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReleasePlanEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReleasePlanEntries_ReleasePlans_ReleasePlanId] FOREIGN KEY ([ReleasePlanId]) REFERENCES [ReleasePlans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE INDEX [IX_Solicitations_PlanEntryId] ON [Solicitations] ([PlanEntryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE INDEX [IX_CallQuestions_AttachmentFileId] ON [CallQuestions] ([AttachmentFileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE INDEX [IX_CallQuestions_OrganizationId] ON [CallQuestions] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE INDEX [IX_CallQuestions_SolicitationId_Status] ON [CallQuestions] ([SolicitationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE INDEX [IX_ReleasePlanAmendments_ReleasePlanId] ON [ReleasePlanAmendments] ([ReleasePlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE INDEX [IX_ReleasePlanEntries_ReleasePlanId] ON [ReleasePlanEntries] ([ReleasePlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReleasePlans_DepartmentId_Year] ON [ReleasePlans] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE INDEX [IX_ReleasePlans_Year_Status] ON [ReleasePlans] ([Year], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    CREATE INDEX [IX_SolicitationAmendments_SolicitationId] ON [SolicitationAmendments] ([SolicitationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123143031_ReleasePlansAndQuestions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123143031_ReleasePlansAndQuestions', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145351_ExpertPool'
)
BEGIN
    CREATE TABLE [Experts] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NULL,
        [Name] nvarchar(50) NOT NULL,
        [Employer] nvarchar(100) NOT NULL,
        [ProfessionalTitle] nvarchar(50) NULL,
        [Phone] nvarchar(20) NULL,
        [Fields] nvarchar(max) NOT NULL,
        [Status] int NOT NULL,
        [ProposedByDepartmentId] uniqueidentifier NULL,
        [ProposalNote] nvarchar(1000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Experts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145351_ExpertPool'
)
BEGIN
    CREATE TABLE [ExpertAffiliations] (
        [Id] int NOT NULL IDENTITY,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [From] date NOT NULL,
        [To] date NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ExpertAffiliations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExpertAffiliations_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ExpertAffiliations_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145351_ExpertPool'
)
BEGIN
    CREATE INDEX [IX_ExpertAffiliations_ExpertId] ON [ExpertAffiliations] ([ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145351_ExpertPool'
)
BEGIN
    CREATE INDEX [IX_ExpertAffiliations_OrganizationId] ON [ExpertAffiliations] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145351_ExpertPool'
)
BEGIN
    CREATE INDEX [IX_Experts_Status] ON [Experts] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145351_ExpertPool'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Experts_UserId] ON [Experts] ([UserId]) WHERE [UserId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145351_ExpertPool'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123145351_ExpertPool', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE TABLE [ReviewSessions] (
        [Id] uniqueidentifier NOT NULL,
        [SolicitationId] uniqueidentifier NOT NULL,
        [ScheduledAt] datetime2 NOT NULL,
        [Venue] nvarchar(200) NOT NULL,
        [PanelSize] int NOT NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReviewSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReviewSessions_Solicitations_SolicitationId] FOREIGN KEY ([SolicitationId]) REFERENCES [Solicitations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE TABLE [PanelDrawRecords] (
        [Id] int NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [Purpose] nvarchar(100) NOT NULL,
        [Seed] bigint NOT NULL,
        [Size] int NOT NULL,
        [Field] nvarchar(50) NOT NULL,
        [AsOf] date NOT NULL,
        [Candidates] nvarchar(max) NOT NULL,
        [Excluded] nvarchar(max) NOT NULL,
        [Drawn] nvarchar(max) NOT NULL,
        [Applicants] nvarchar(max) NOT NULL,
        [AlreadyOnPanel] nvarchar(max) NOT NULL,
        [ReviewSessionId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PanelDrawRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelDrawRecords_ReviewSessions_ReviewSessionId] FOREIGN KEY ([ReviewSessionId]) REFERENCES [ReviewSessions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE TABLE [PanelMembers] (
        [Id] int NOT NULL IDENTITY,
        [ExpertId] uniqueidentifier NOT NULL,
        [Status] int NOT NULL,
        [DrawnAt] datetime2 NOT NULL,
        [DeclinedAt] datetime2 NULL,
        [ReviewSessionId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PanelMembers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PanelMembers_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PanelMembers_ReviewSessions_ReviewSessionId] FOREIGN KEY ([ReviewSessionId]) REFERENCES [ReviewSessions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE TABLE [ReviewSessionApplications] (
        [Id] int NOT NULL IDENTITY,
        [ApplicationId] uniqueidentifier NOT NULL,
        [ReviewSessionId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReviewSessionApplications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReviewSessionApplications_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReviewSessionApplications_ReviewSessions_ReviewSessionId] FOREIGN KEY ([ReviewSessionId]) REFERENCES [ReviewSessions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE INDEX [IX_PanelDrawRecords_ReviewSessionId] ON [PanelDrawRecords] ([ReviewSessionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE INDEX [IX_PanelMembers_ExpertId] ON [PanelMembers] ([ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE INDEX [IX_PanelMembers_ReviewSessionId] ON [PanelMembers] ([ReviewSessionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE INDEX [IX_ReviewSessionApplications_ApplicationId] ON [ReviewSessionApplications] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE INDEX [IX_ReviewSessionApplications_ReviewSessionId] ON [ReviewSessionApplications] ([ReviewSessionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReviewSessions_SolicitationId] ON [ReviewSessions] ([SolicitationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123145912_ReviewSessions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123145912_ReviewSessions', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150507_ReviewSheets'
)
BEGIN
    CREATE TABLE [ReviewSheets] (
        [Id] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        [Status] int NOT NULL,
        [ConflictNote] nvarchar(500) NULL,
        [DeclaredAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NULL,
        [SubmittedAt] datetime2 NULL,
        [OutlierReason] nvarchar(1000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReviewSheets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReviewSheets_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReviewSheets_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReviewSheets_ReviewSessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [ReviewSessions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150507_ReviewSheets'
)
BEGIN
    CREATE TABLE [CriterionScores] (
        [Id] int NOT NULL IDENTITY,
        [Criterion] nvarchar(100) NOT NULL,
        [Weight] int NOT NULL,
        [Points] decimal(5,1) NOT NULL,
        [Comment] nvarchar(1000) NULL,
        [ReviewSheetId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CriterionScores] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CriterionScores_ReviewSheets_ReviewSheetId] FOREIGN KEY ([ReviewSheetId]) REFERENCES [ReviewSheets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150507_ReviewSheets'
)
BEGIN
    CREATE INDEX [IX_CriterionScores_ReviewSheetId] ON [CriterionScores] ([ReviewSheetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150507_ReviewSheets'
)
BEGIN
    CREATE INDEX [IX_ReviewSheets_ApplicationId] ON [ReviewSheets] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150507_ReviewSheets'
)
BEGIN
    CREATE INDEX [IX_ReviewSheets_ExpertId] ON [ReviewSheets] ([ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150507_ReviewSheets'
)
BEGIN
    CREATE INDEX [IX_ReviewSheets_SessionId_ApplicationId] ON [ReviewSheets] ([SessionId], [ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150507_ReviewSheets'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReviewSheets_SessionId_ExpertId_ApplicationId] ON [ReviewSheets] ([SessionId], [ExpertId], [ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150507_ReviewSheets'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123150507_ReviewSheets', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150930_ReviewResults'
)
BEGIN
    ALTER TABLE [ReviewSessions] ADD [ClosedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150930_ReviewResults'
)
BEGIN
    ALTER TABLE [ReviewSessions] ADD [DeviationReason] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150930_ReviewResults'
)
BEGIN
    ALTER TABLE [ReviewSessions] ADD [RecommendedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123150930_ReviewResults'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123150930_ReviewResults', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE TABLE [AwardNotices] (
        [Id] uniqueidentifier NOT NULL,
        [SolicitationId] uniqueidentifier NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [PublishedAt] datetime2 NOT NULL,
        [WorkingDays] int NOT NULL,
        [PublicityEndsAt] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [FinalisedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AwardNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AwardNotices_Solicitations_SolicitationId] FOREIGN KEY ([SolicitationId]) REFERENCES [Solicitations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE TABLE [Projects] (
        [Id] uniqueidentifier NOT NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        [SolicitationId] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [DepartmentId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Amount] bigint NOT NULL,
        [Status] int NOT NULL,
        [AwardedAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Projects] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Projects_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE TABLE [AwardNoticeEntries] (
        [Id] int NOT NULL IDENTITY,
        [ApplicationId] uniqueidentifier NOT NULL,
        [ProjectTitle] nvarchar(200) NOT NULL,
        [OrganizationName] nvarchar(100) NOT NULL,
        [Amount] bigint NOT NULL,
        [Score] decimal(6,2) NOT NULL,
        [Rank] int NOT NULL,
        [Outcome] int NOT NULL,
        [AwardNoticeId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AwardNoticeEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AwardNoticeEntries_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AwardNoticeEntries_AwardNotices_AwardNoticeId] FOREIGN KEY ([AwardNoticeId]) REFERENCES [AwardNotices] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE TABLE [Objections] (
        [Id] uniqueidentifier NOT NULL,
        [NoticeId] uniqueidentifier NOT NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        [Grounds] nvarchar(2000) NOT NULL,
        [Contact] nvarchar(100) NOT NULL,
        [FiledAt] datetime2 NOT NULL,
        [AnswerDueAt] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [Answer] nvarchar(2000) NULL,
        [AnsweredAt] datetime2 NULL,
        [AnsweredBy] nvarchar(256) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Objections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Objections_AwardNotices_NoticeId] FOREIGN KEY ([NoticeId]) REFERENCES [AwardNotices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE INDEX [IX_AwardNoticeEntries_ApplicationId] ON [AwardNoticeEntries] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE INDEX [IX_AwardNoticeEntries_AwardNoticeId] ON [AwardNoticeEntries] ([AwardNoticeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AwardNotices_SolicitationId] ON [AwardNotices] ([SolicitationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE INDEX [IX_AwardNotices_Status_PublicityEndsAt] ON [AwardNotices] ([Status], [PublicityEndsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE INDEX [IX_Objections_NoticeId_ApplicationId_Status] ON [Objections] ([NoticeId], [ApplicationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Projects_ApplicationId] ON [Projects] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    CREATE INDEX [IX_Projects_DepartmentId] ON [Projects] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123152744_AwardNotices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123152744_AwardNotices', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    DROP INDEX [IX_AwardNotices_SolicitationId] ON [AwardNotices];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    ALTER TABLE [Objections] ADD [AttachmentFileId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    ALTER TABLE [Objections] ADD [AttachmentName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    ALTER TABLE [AwardNotices] ADD [SupplementsNoticeId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    CREATE INDEX [IX_Objections_AttachmentFileId] ON [Objections] ([AttachmentFileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AwardNotices_SolicitationId] ON [AwardNotices] ([SolicitationId]) WHERE [SupplementsNoticeId] IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    CREATE INDEX [IX_AwardNotices_SupplementsNoticeId] ON [AwardNotices] ([SupplementsNoticeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    ALTER TABLE [AwardNotices] ADD CONSTRAINT [FK_AwardNotices_AwardNotices_SupplementsNoticeId] FOREIGN KEY ([SupplementsNoticeId]) REFERENCES [AwardNotices] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    ALTER TABLE [Objections] ADD CONSTRAINT [FK_Objections_StoredFiles_AttachmentFileId] FOREIGN KEY ([AttachmentFileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123162628_ObjectionAttachmentsAndSupplementaryNotices', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    DROP INDEX [IX_Projects_DepartmentId] ON [Projects];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    DROP INDEX [IX_AwardNotices_SolicitationId] ON [AwardNotices];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [ClosedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [CommunityName] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [CompletedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [ContractAmount] bigint NOT NULL DEFAULT CAST(0 AS bigint);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [ContractDueAt] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [EndsOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [Frequency] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [RecurringService] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [SignedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [SignedBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [Projects] ADD [StartsOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [AwardNotices] ADD [Kind] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [AwardNoticeEntries] ADD [EvaluationId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [AwardNoticeEntries] ADD [EvaluationKind] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    ALTER TABLE [AwardNoticeEntries] ADD [Grade] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [ContractLines] (
        [Id] int NOT NULL IDENTITY,
        [Order] int NOT NULL,
        [Category] int NOT NULL,
        [Description] nvarchar(200) NOT NULL,
        [Amount] bigint NOT NULL,
        [FundSource] int NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ContractLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ContractLines_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [ContractTranches] (
        [Id] int NOT NULL IDENTITY,
        [Order] int NOT NULL,
        [Percent] int NOT NULL,
        [Trigger] int NOT NULL,
        [DueOn] date NULL,
        [Amount] bigint NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ContractTranches] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ContractTranches_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [Disbursements] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [TrancheOrder] int NOT NULL,
        [Amount] bigint NOT NULL,
        [PaidOn] date NOT NULL,
        [Voucher] nvarchar(100) NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Disbursements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Disbursements_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [Evaluations] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [EvaluatorUserId] nvarchar(450) NOT NULL,
        [EvaluatorName] nvarchar(100) NOT NULL,
        [AssignedBy] nvarchar(256) NOT NULL,
        [AssignedAt] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [Summary] nvarchar(2000) NULL,
        [Total] decimal(5,1) NULL,
        [Grade] int NULL,
        [SubmittedAt] datetime2 NULL,
        [FinalisedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Evaluations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Evaluations_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [FundAlerts] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [Subject] nvarchar(100) NOT NULL,
        [Message] nvarchar(1000) NOT NULL,
        [Records] nvarchar(4000) NOT NULL,
        [Status] int NOT NULL,
        [RaisedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [CloseReason] nvarchar(1000) NULL,
        [ClosedBy] nvarchar(256) NULL,
        [ClosedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FundAlerts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FundAlerts_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [ProgressReports] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [PeriodIndex] int NOT NULL,
        [PeriodFrom] date NOT NULL,
        [PeriodTo] date NOT NULL,
        [DueAt] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [Narrative] nvarchar(4000) NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [ReviewedAt] datetime2 NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ProgressReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProgressReports_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [DisbursementShares] (
        [Id] int NOT NULL IDENTITY,
        [FundSource] int NOT NULL,
        [Amount] bigint NOT NULL,
        [DisbursementId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_DisbursementShares] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DisbursementShares_Disbursements_DisbursementId] FOREIGN KEY ([DisbursementId]) REFERENCES [Disbursements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [EvaluationEvidence] (
        [Id] int NOT NULL IDENTITY,
        [FileId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [EvaluationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_EvaluationEvidence] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EvaluationEvidence_Evaluations_EvaluationId] FOREIGN KEY ([EvaluationId]) REFERENCES [Evaluations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_EvaluationEvidence_StoredFiles_FileId] FOREIGN KEY ([FileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [EvaluationIndicators] (
        [Id] int NOT NULL IDENTITY,
        [Order] int NOT NULL,
        [Name] nvarchar(50) NOT NULL,
        [Weight] int NOT NULL,
        [Score] decimal(5,1) NULL,
        [Comment] nvarchar(1000) NULL,
        [EvaluationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_EvaluationIndicators] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EvaluationIndicators_Evaluations_EvaluationId] FOREIGN KEY ([EvaluationId]) REFERENCES [Evaluations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [ReportEvidence] (
        [Id] int NOT NULL IDENTITY,
        [FileId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [Length] bigint NOT NULL,
        [ReportId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReportEvidence] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReportEvidence_ProgressReports_ReportId] FOREIGN KEY ([ReportId]) REFERENCES [ProgressReports] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ReportEvidence_StoredFiles_FileId] FOREIGN KEY ([FileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [ReportExpenditures] (
        [Id] int NOT NULL IDENTITY,
        [Order] int NOT NULL,
        [LineOrder] int NOT NULL,
        [Category] int NOT NULL,
        [FundSource] int NOT NULL,
        [Amount] bigint NOT NULL,
        [SpentOn] date NOT NULL,
        [Description] nvarchar(200) NOT NULL,
        [ReportId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReportExpenditures] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReportExpenditures_ProgressReports_ReportId] FOREIGN KEY ([ReportId]) REFERENCES [ProgressReports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE TABLE [ReportOutputs] (
        [Id] int NOT NULL IDENTITY,
        [Order] int NOT NULL,
        [ActivityName] nvarchar(100) NOT NULL,
        [OutputType] int NOT NULL,
        [Target] int NOT NULL,
        [Delivered] int NOT NULL,
        [Beneficiaries] int NOT NULL,
        [ReportId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ReportOutputs] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReportOutputs_ProgressReports_ReportId] FOREIGN KEY ([ReportId]) REFERENCES [ProgressReports] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_Projects_DepartmentId_Status] ON [Projects] ([DepartmentId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_Projects_OrganizationId_Status] ON [Projects] ([OrganizationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AwardNotices_SolicitationId] ON [AwardNotices] ([SolicitationId]) WHERE [SupplementsNoticeId] IS NULL AND [Kind] = 0');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_ContractLines_ProjectId] ON [ContractLines] ([ProjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_ContractTranches_ProjectId] ON [ContractTranches] ([ProjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Disbursements_ProjectId_TrancheOrder] ON [Disbursements] ([ProjectId], [TrancheOrder]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_DisbursementShares_DisbursementId] ON [DisbursementShares] ([DisbursementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_EvaluationEvidence_EvaluationId] ON [EvaluationEvidence] ([EvaluationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_EvaluationEvidence_FileId] ON [EvaluationEvidence] ([FileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_EvaluationIndicators_EvaluationId] ON [EvaluationIndicators] ([EvaluationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_Evaluations_EvaluatorUserId_Status] ON [Evaluations] ([EvaluatorUserId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Evaluations_ProjectId_Kind] ON [Evaluations] ([ProjectId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FundAlerts_ProjectId_Kind_Subject] ON [FundAlerts] ([ProjectId], [Kind], [Subject]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_FundAlerts_Status] ON [FundAlerts] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProgressReports_ProjectId_PeriodIndex] ON [ProgressReports] ([ProjectId], [PeriodIndex]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_ProgressReports_Status] ON [ProgressReports] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_ReportEvidence_FileId] ON [ReportEvidence] ([FileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_ReportEvidence_ReportId] ON [ReportEvidence] ([ReportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_ReportExpenditures_ReportId] ON [ReportExpenditures] ([ReportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    CREATE INDEX [IX_ReportOutputs_ReportId] ON [ReportOutputs] ([ReportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123164449_ProjectsContractsReportsFundsEvaluations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123164449_ProjectsContractsReportsFundsEvaluations', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE TABLE [CreditEntries] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [List] int NOT NULL,
        [Status] int NOT NULL,
        [DepartmentId] uniqueidentifier NULL,
        [ProposedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedBy] nvarchar(256) NULL,
        [ListedOn] date NULL,
        [ExpiresOn] date NULL,
        [ReviewOn] date NULL,
        [RejectionReason] nvarchar(1000) NULL,
        [Removal] int NULL,
        [RemovedAt] datetime2 NULL,
        [RemovalNote] nvarchar(2100) NULL,
        [Version] uniqueidentifier NOT NULL,
        [Grounds] nvarchar(max) NULL,
        CONSTRAINT [PK_CreditEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CreditEntries_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE TABLE [CreditEvents] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Ground] int NOT NULL,
        [OccurredOn] date NOT NULL,
        [DepartmentId] uniqueidentifier NULL,
        [Description] nvarchar(1000) NOT NULL,
        [RecordedBy] nvarchar(256) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [SourceKey] nvarchar(100) NULL,
        [Status] int NOT NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CreditEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CreditEvents_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE TABLE [CreditRequests] (
        [Id] uniqueidentifier NOT NULL,
        [EntryId] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [Statement] nvarchar(2000) NOT NULL,
        [FiledBy] nvarchar(256) NOT NULL,
        [FiledAt] datetime2 NOT NULL,
        [DueAt] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [Answer] nvarchar(2000) NULL,
        [AnsweredBy] nvarchar(256) NULL,
        [AnsweredAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CreditRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CreditRequests_CreditEntries_EntryId] FOREIGN KEY ([EntryId]) REFERENCES [CreditEntries] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE TABLE [CreditEventEvidence] (
        [Id] int NOT NULL IDENTITY,
        [FileId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [CreditEventId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CreditEventEvidence] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CreditEventEvidence_CreditEvents_CreditEventId] FOREIGN KEY ([CreditEventId]) REFERENCES [CreditEvents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CreditEventEvidence_StoredFiles_FileId] FOREIGN KEY ([FileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE TABLE [CreditRequestEvidence] (
        [Id] int NOT NULL IDENTITY,
        [FileId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [CreditRequestId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_CreditRequestEvidence] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CreditRequestEvidence_CreditRequests_CreditRequestId] FOREIGN KEY ([CreditRequestId]) REFERENCES [CreditRequests] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CreditRequestEvidence_StoredFiles_FileId] FOREIGN KEY ([FileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditEntries_DepartmentId_Status] ON [CreditEntries] ([DepartmentId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditEntries_OrganizationId_List_Status] ON [CreditEntries] ([OrganizationId], [List], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditEntries_Status_List] ON [CreditEntries] ([Status], [List]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditEventEvidence_CreditEventId] ON [CreditEventEvidence] ([CreditEventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditEventEvidence_FileId] ON [CreditEventEvidence] ([FileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditEvents_OrganizationId] ON [CreditEvents] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_CreditEvents_SourceKey] ON [CreditEvents] ([SourceKey]) WHERE [SourceKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditEvents_Status_Ground_OccurredOn] ON [CreditEvents] ([Status], [Ground], [OccurredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditRequestEvidence_CreditRequestId] ON [CreditRequestEvidence] ([CreditRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditRequestEvidence_FileId] ON [CreditRequestEvidence] ([FileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    CREATE INDEX [IX_CreditRequests_EntryId_Status] ON [CreditRequests] ([EntryId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123175416_CreditLists'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123175416_CreditLists', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191120_DuplicateFlags'
)
BEGIN
    CREATE TABLE [DuplicateFlags] (
        [Id] uniqueidentifier NOT NULL,
        [ApplicationAId] uniqueidentifier NOT NULL,
        [ApplicationBId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [Score] float NOT NULL,
        [Similarity] float NOT NULL,
        [Containment] float NOT NULL,
        [Signals] nvarchar(200) NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [DetectedBy] int NOT NULL,
        [DetectedAt] datetime2 NOT NULL,
        [LastSeenAt] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [DuplicateApplicationId] uniqueidentifier NULL,
        [DecisionReason] nvarchar(1000) NULL,
        [DecidedBy] nvarchar(256) NULL,
        [DecidedAt] datetime2 NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_DuplicateFlags] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DuplicateFlags_Applications_ApplicationAId] FOREIGN KEY ([ApplicationAId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DuplicateFlags_Applications_ApplicationBId] FOREIGN KEY ([ApplicationBId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191120_DuplicateFlags'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DuplicateFlags_ApplicationAId_ApplicationBId] ON [DuplicateFlags] ([ApplicationAId], [ApplicationBId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191120_DuplicateFlags'
)
BEGIN
    CREATE INDEX [IX_DuplicateFlags_ApplicationBId] ON [DuplicateFlags] ([ApplicationBId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191120_DuplicateFlags'
)
BEGIN
    CREATE INDEX [IX_DuplicateFlags_Status_Score] ON [DuplicateFlags] ([Status], [Score]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123191120_DuplicateFlags'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123191120_DuplicateFlags', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    ALTER TABLE [Evaluations] ADD [DueAt] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    UPDATE [Evaluations] SET [DueAt] = DATEADD(day, 30, [AssignedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE TABLE [AlertSubscriptions] (
        [Id] uniqueidentifier NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [ServiceFields] nvarchar(200) NOT NULL,
        [DepartmentIds] nvarchar(2000) NOT NULL,
        [ConfirmToken] nvarchar(64) NOT NULL,
        [UnsubscribeToken] nvarchar(64) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ConfirmedAt] datetime2 NULL,
        [UnsubscribedAt] datetime2 NULL,
        CONSTRAINT [PK_AlertSubscriptions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE TABLE [NotificationPreferences] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [Kind] int NOT NULL,
        [ByEmail] bit NOT NULL,
        CONSTRAINT [PK_NotificationPreferences] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] uniqueidentifier NOT NULL,
        [RecipientUserId] nvarchar(450) NOT NULL,
        [Kind] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Body] nvarchar(2000) NOT NULL,
        [Link] nvarchar(500) NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ReadAt] datetime2 NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE TABLE [OutboxMails] (
        [Id] uniqueidentifier NOT NULL,
        [To] nvarchar(256) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [NotificationId] uniqueidentifier NULL,
        [Key] nvarchar(200) NULL,
        [Status] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [ClaimedUntil] datetime2 NULL,
        [SentAt] datetime2 NULL,
        [LastError] nvarchar(1000) NULL,
        CONSTRAINT [PK_OutboxMails] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AlertSubscriptions_ConfirmToken] ON [AlertSubscriptions] ([ConfirmToken]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE INDEX [IX_AlertSubscriptions_Email] ON [AlertSubscriptions] ([Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AlertSubscriptions_UnsubscribeToken] ON [AlertSubscriptions] ([UnsubscribeToken]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NotificationPreferences_UserId_Kind] ON [NotificationPreferences] ([UserId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Notifications_Key] ON [Notifications] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE INDEX [IX_Notifications_RecipientUserId_ReadAt_CreatedAt] ON [Notifications] ([RecipientUserId], [ReadAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_OutboxMails_Key] ON [OutboxMails] ([Key]) WHERE [Key] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    CREATE INDEX [IX_OutboxMails_Status_NextAttemptAt] ON [OutboxMails] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194053_Notifications'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123194053_Notifications', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE TABLE [Policies] (
        [Id] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Issuer] nvarchar(100) NOT NULL,
        [DocumentNumber] nvarchar(60) NULL,
        [IssuedOn] date NOT NULL,
        [Level] int NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Status] int NOT NULL,
        [DepartmentId] uniqueidentifier NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [PublishedAt] datetime2 NULL,
        [WithdrawnAt] datetime2 NULL,
        [WithdrawalReason] nvarchar(500) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Policies] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Policies_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE TABLE [ProjectComments] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [Nickname] nvarchar(40) NOT NULL,
        [Contact] nvarchar(100) NOT NULL,
        [Text] nvarchar(1000) NOT NULL,
        [PublicText] nvarchar(2000) NOT NULL,
        [Status] int NOT NULL,
        [SubmittedAt] datetime2 NOT NULL,
        [ModeratedAt] datetime2 NULL,
        [ModeratedBy] nvarchar(256) NULL,
        [RejectionReason] nvarchar(500) NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ProjectComments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProjectComments_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE TABLE [PolicyAttachments] (
        [Id] int NOT NULL IDENTITY,
        [FileId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Length] bigint NOT NULL,
        [PolicyId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PolicyAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PolicyAttachments_Policies_PolicyId] FOREIGN KEY ([PolicyId]) REFERENCES [Policies] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PolicyAttachments_StoredFiles_FileId] FOREIGN KEY ([FileId]) REFERENCES [StoredFiles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE TABLE [ProjectCommentReplies] (
        [Id] int NOT NULL IDENTITY,
        [Author] int NOT NULL,
        [AuthorName] nvarchar(100) NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [RepliedBy] nvarchar(256) NOT NULL,
        [RepliedAt] datetime2 NOT NULL,
        [CommentId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ProjectCommentReplies] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProjectCommentReplies_ProjectComments_CommentId] FOREIGN KEY ([CommentId]) REFERENCES [ProjectComments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE INDEX [IX_Policies_DepartmentId] ON [Policies] ([DepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE INDEX [IX_Policies_Status_IssuedOn] ON [Policies] ([Status], [IssuedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE INDEX [IX_Policies_Status_Level] ON [Policies] ([Status], [Level]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE INDEX [IX_PolicyAttachments_FileId] ON [PolicyAttachments] ([FileId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE INDEX [IX_PolicyAttachments_PolicyId] ON [PolicyAttachments] ([PolicyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE INDEX [IX_ProjectCommentReplies_CommentId] ON [ProjectCommentReplies] ([CommentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE INDEX [IX_ProjectComments_ProjectId_Status_SubmittedAt] ON [ProjectComments] ([ProjectId], [Status], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    CREATE INDEX [IX_ProjectComments_Status_SubmittedAt] ON [ProjectComments] ([Status], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203133145_PortalCommentsAndPolicies'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203133145_PortalCommentsAndPolicies', N'10.0.14');
END;

COMMIT;
GO

