# compiled from a template with key 7eafca6b5f9fa5869b2075baf4bee9aeae15bb943a2ca03e169af796d0be9ee9
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_region = resolve('region')
    l_0_as_of = resolve('as_of')
    l_0_lang = resolve('lang')
    l_0_audience = resolve('audience')
    l_0_commit = resolve('commit')
    l_0_L = resolve('L')
    l_0_banner = resolve('banner')
    l_0_as_of_words = resolve('as_of_words')
    l_0_figures = resolve('figures')
    l_0_contacts = resolve('contacts')
    l_0_contact_columns = resolve('contact_columns')
    l_0_actors_by_domain = resolve('actors_by_domain')
    l_0_network = resolve('network')
    l_0_diagram = resolve('diagram')
    l_0_terminal = resolve('terminal')
    l_0_network_text = resolve('network_text')
    l_0_initiative_groups = resolve('initiative_groups')
    l_0_coverage = resolve('coverage')
    l_0_meetings = resolve('meetings')
    l_0_actions = resolve('actions')
    l_0_risks = resolve('risks')
    l_0_inspiration = resolve('inspiration')
    l_0_sources = resolve('sources')
    try:
        t_1 = environment.filters['block']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block' found.")
    try:
        t_2 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_3 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_4 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_7 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_8 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '<!-- ggznet report ',
        str((_ggznet_of['id'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'id' in _ggznet_of else environment.getattr(_ggznet_of, 'id'))),
        '; as-of ',
        str((undefined(name='as_of') if l_0_as_of is missing else l_0_as_of)),
        '; lang ',
        str((undefined(name='lang') if l_0_lang is missing else l_0_lang)),
        '; audience ',
        str((undefined(name='audience') if l_0_audience is missing else l_0_audience)),
        '; data ',
        str((undefined(name='commit') if l_0_commit is missing else l_0_commit)),
        ' -->\n# ',
        str((_ggznet_of['report_title'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'report_title' in _ggznet_of else environment.getattr(_ggznet_of, 'report_title'))),
        ' ',
        str(t_8((_ggznet_of['name'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'name' in _ggznet_of else environment.getattr(_ggznet_of, 'name')))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (undefined(name='banner') if l_0_banner is missing else l_0_banner):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '> **',
            str((undefined(name='banner') if l_0_banner is missing else l_0_banner)),
            '** ',
            str((_ggznet_of['invalid_hint'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'invalid_hint' in _ggznet_of else environment.getattr(_ggznet_of, 'invalid_hint'))),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['path'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'path' in _ggznet_of else environment.getattr(_ggznet_of, 'path')), 'md'), ' › ')),
        '\n\n',
        str((_ggznet_of['data_commit'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'data_commit' in _ggznet_of else environment.getattr(_ggznet_of, 'data_commit'))),
        ': `',
        str((undefined(name='commit') if l_0_commit is missing else l_0_commit)),
        '` · ',
        str((_ggznet_of['as_of'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'as_of' in _ggznet_of else environment.getattr(_ggznet_of, 'as_of'))),
        ': ',
        str((undefined(name='as_of_words') if l_0_as_of_words is missing else l_0_as_of_words)),
        '\n\n## ',
        str((_ggznet_of['key_figures'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'key_figures' in _ggznet_of else environment.getattr(_ggznet_of, 'key_figures'))),
        '\n\n| ',
        str((_ggznet_of['figure'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'figure' in _ggznet_of else environment.getattr(_ggznet_of, 'figure'))),
        ' | ',
        str((_ggznet_of['count'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'count' in _ggznet_of else environment.getattr(_ggznet_of, 'count'))),
        ' |\n| --- | ---: |\n',
    ))
    yield ''.join(_ggznet_chunk)
    for (l_1_name, l_1_count) in environment._loop((_ggznet_of['actors_by_type'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'actors_by_type' in _ggznet_of else environment.getattr(_ggznet_of, 'actors_by_type'))):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str((_ggznet_of['actors_by_type'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'actors_by_type' in _ggznet_of else environment.getattr(_ggznet_of, 'actors_by_type'))),
            ': ',
            str(t_3(l_1_name)),
            ' | ',
            str(l_1_count),
            ' |\n',
        ))
        yield ''.join(_ggznet_chunk)
    l_1_name = l_1_count = missing
    for (l_1_name, l_1_count) in environment._loop((_ggznet_of['initiatives_by_status'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'initiatives_by_status' in _ggznet_of else environment.getattr(_ggznet_of, 'initiatives_by_status'))):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str((_ggznet_of['initiatives_by_status'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'initiatives_by_status' in _ggznet_of else environment.getattr(_ggznet_of, 'initiatives_by_status'))),
            ': ',
            str(t_3(l_1_name)),
            ' | ',
            str(l_1_count),
            ' |\n',
        ))
        yield ''.join(_ggznet_chunk)
    l_1_name = l_1_count = missing
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '| ',
        str((_ggznet_of['meetings'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'meetings' in _ggznet_of else environment.getattr(_ggznet_of, 'meetings'))),
        ': ',
        str((_ggznet_of['held'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'held' in _ggznet_of else environment.getattr(_ggznet_of, 'held'))),
        ' | ',
        str((_ggznet_of['meetings_held'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'meetings_held' in _ggznet_of else environment.getattr(_ggznet_of, 'meetings_held'))),
        ' |\n| ',
        str((_ggznet_of['meetings'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'meetings' in _ggznet_of else environment.getattr(_ggznet_of, 'meetings'))),
        ': ',
        str((_ggznet_of['planned'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'planned' in _ggznet_of else environment.getattr(_ggznet_of, 'planned'))),
        ' | ',
        str((_ggznet_of['meetings_planned'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'meetings_planned' in _ggznet_of else environment.getattr(_ggznet_of, 'meetings_planned'))),
        ' |\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (_ggznet_of['meetings_unknown'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'meetings_unknown' in _ggznet_of else environment.getattr(_ggznet_of, 'meetings_unknown')):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str((_ggznet_of['meetings'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'meetings' in _ggznet_of else environment.getattr(_ggznet_of, 'meetings'))),
            ': ',
            str((_ggznet_of['outcome_unknown'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'outcome_unknown' in _ggznet_of else environment.getattr(_ggznet_of, 'outcome_unknown'))),
            ' | ',
            str((_ggznet_of['meetings_unknown'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'meetings_unknown' in _ggznet_of else environment.getattr(_ggznet_of, 'meetings_unknown'))),
            ' |\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '| ',
        str((_ggznet_of['open_actions'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'open_actions' in _ggznet_of else environment.getattr(_ggznet_of, 'open_actions'))),
        ' | ',
        str((_ggznet_of['open_actions'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'open_actions' in _ggznet_of else environment.getattr(_ggznet_of, 'open_actions'))),
        ' |\n| ',
        str((_ggznet_of['overdue_actions'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'overdue_actions' in _ggznet_of else environment.getattr(_ggznet_of, 'overdue_actions'))),
        ' | ',
        str((_ggznet_of['overdue_actions'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'overdue_actions' in _ggznet_of else environment.getattr(_ggznet_of, 'overdue_actions'))),
        ' |\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (_ggznet_of['not_stated'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'not_stated' in _ggznet_of else environment.getattr(_ggznet_of, 'not_stated')):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str((_ggznet_of['not_stated_values'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'not_stated_values' in _ggznet_of else environment.getattr(_ggznet_of, 'not_stated_values'))),
            ' | ',
            str((_ggznet_of['not_stated'] if type(_ggznet_of := (undefined(name='figures') if l_0_figures is missing else l_0_figures)) is dict and 'not_stated' in _ggznet_of else environment.getattr(_ggznet_of, 'not_stated'))),
            ' |\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str((_ggznet_of['the_region'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'the_region' in _ggznet_of else environment.getattr(_ggznet_of, 'the_region'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (_ggznet_of['description'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'description' in _ggznet_of else environment.getattr(_ggznet_of, 'description')):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(t_1((_ggznet_of['description'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'description' in _ggznet_of else environment.getattr(_ggznet_of, 'description')))),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '- **',
        str((_ggznet_of['municipalities'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'municipalities' in _ggznet_of else environment.getattr(_ggznet_of, 'municipalities'))),
        ':** ',
        str((t_4(context.eval_ctx, t_7(context, (_ggznet_of['municipalities'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'municipalities' in _ggznet_of else environment.getattr(_ggznet_of, 'municipalities')), 'md'), ', ') if (_ggznet_of['municipalities'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'municipalities' in _ggznet_of else environment.getattr(_ggznet_of, 'municipalities')) else (_ggznet_of['none_recorded'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'none_recorded' in _ggznet_of else environment.getattr(_ggznet_of, 'none_recorded')))),
        '\n- **',
        str((_ggznet_of['subregions'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'subregions' in _ggznet_of else environment.getattr(_ggznet_of, 'subregions'))),
        ':** ',
    ))
    yield ''.join(_ggznet_chunk)
    if (_ggznet_of['subregions'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'subregions' in _ggznet_of else environment.getattr(_ggznet_of, 'subregions')):
        pass
        l_1_loop = missing
        for l_1_r, l_1_loop in LoopContext(environment._loop((_ggznet_of['subregions'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'subregions' in _ggznet_of else environment.getattr(_ggznet_of, 'subregions'))), undefined):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str(t_8((_ggznet_of['name'] if type(_ggznet_of := l_1_r) is dict and 'name' in _ggznet_of else environment.getattr(_ggznet_of, 'name')))),
                ' (',
                str((_ggznet_of['type'] if type(_ggznet_of := l_1_r) is dict and 'type' in _ggznet_of else environment.getattr(_ggznet_of, 'type'))),
                ')',
                str((', ' if (not (_ggznet_of['last'] if type(_ggznet_of := l_1_loop) is dict and 'last' in _ggznet_of else environment.getattr(_ggznet_of, 'last'))) else cond_expr_undefined("the inline if-expression on line 41 in 'report.md.j2' evaluated to false and no else section was defined."))),
            ))
            yield ''.join(_ggznet_chunk)
        l_1_loop = l_1_r = missing
    else:
        pass
        yield str((_ggznet_of['none_recorded'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'none_recorded' in _ggznet_of else environment.getattr(_ggznet_of, 'none_recorded')))
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n- **',
        str((_ggznet_of['insurers'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'insurers' in _ggznet_of else environment.getattr(_ggznet_of, 'insurers'))),
        ':** ',
        str((t_4(context.eval_ctx, t_7(context, (_ggznet_of['insurers'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'insurers' in _ggznet_of else environment.getattr(_ggznet_of, 'insurers')), 'md'), ', ') if (_ggznet_of['insurers'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'insurers' in _ggznet_of else environment.getattr(_ggznet_of, 'insurers')) else (_ggznet_of['none_recorded'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'none_recorded' in _ggznet_of else environment.getattr(_ggznet_of, 'none_recorded')))),
        '\n- **',
        str((_ggznet_of['support_organisations'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'support_organisations' in _ggznet_of else environment.getattr(_ggznet_of, 'support_organisations'))),
        ':** ',
        str((t_4(context.eval_ctx, t_7(context, (_ggznet_of['support_organisations'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'support_organisations' in _ggznet_of else environment.getattr(_ggznet_of, 'support_organisations')), 'md'), ', ') if (_ggznet_of['support_organisations'] if type(_ggznet_of := (undefined(name='region') if l_0_region is missing else l_0_region)) is dict and 'support_organisations' in _ggznet_of else environment.getattr(_ggznet_of, 'support_organisations')) else (_ggznet_of['none_recorded'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'none_recorded' in _ggznet_of else environment.getattr(_ggznet_of, 'none_recorded')))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'public'):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '*',
            str((_ggznet_of['contacts_left_out'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'contacts_left_out' in _ggznet_of else environment.getattr(_ggznet_of, 'contacts_left_out'))),
            '*\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    elif (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str((_ggznet_of['contacts'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'contacts' in _ggznet_of else environment.getattr(_ggznet_of, 'contacts'))),
            '\n\n|',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_f in environment._loop((undefined(name='contact_columns') if l_0_contact_columns is missing else l_0_contact_columns)):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' ',
                str(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_f)),
                ' |',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_f = missing
        yield '\n|'
        for l_1_f in environment._loop((undefined(name='contact_columns') if l_0_contact_columns is missing else l_0_contact_columns)):
            _loop_vars = {}
            pass
            yield ' --- |'
        l_1_f = missing
        yield '\n'
        for l_1_c in environment._loop((undefined(name='contacts') if l_0_contacts is missing else l_0_contacts)):
            _loop_vars = {}
            pass
            yield '|'
            for l_2_f in environment._loop((undefined(name='contact_columns') if l_0_contact_columns is missing else l_0_contact_columns)):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    ' ',
                    str(t_3((environment.getitem(l_1_c, l_2_f) or '–'))),
                    ' |',
                ))
                yield ''.join(_ggznet_chunk)
            l_2_f = missing
            yield '\n'
        l_1_c = missing
        yield '\n'
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '## ',
        str((_ggznet_of['network'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'network' in _ggznet_of else environment.getattr(_ggznet_of, 'network'))),
        '\n\n### ',
        str((_ggznet_of['actors_by_domain'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'actors_by_domain' in _ggznet_of else environment.getattr(_ggznet_of, 'actors_by_domain'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    t_9 = 1
    for (l_1_domain, l_1_names) in environment._loop((undefined(name='actors_by_domain') if l_0_actors_by_domain is missing else l_0_actors_by_domain)):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '- **',
            str(t_8(l_1_domain)),
            ':** ',
            str(t_4(context.eval_ctx, t_7(context, l_1_names, 'md'), ', ')),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
        t_9 = 0
    l_1_domain = l_1_names = missing
    if t_9:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str((_ggznet_of['none_recorded'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'none_recorded' in _ggznet_of else environment.getattr(_ggznet_of, 'none_recorded'))),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    yield '\n'
    if ((((_ggznet_of['bridges'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'bridges' in _ggznet_of else environment.getattr(_ggznet_of, 'bridges')) or (_ggznet_of['isolated'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'isolated' in _ggznet_of else environment.getattr(_ggznet_of, 'isolated'))) or (_ggznet_of['single'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'single' in _ggznet_of else environment.getattr(_ggznet_of, 'single'))) or (_ggznet_of['unlinked'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'unlinked' in _ggznet_of else environment.getattr(_ggznet_of, 'unlinked'))):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str((_ggznet_of['network_analysis'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'network_analysis' in _ggznet_of else environment.getattr(_ggznet_of, 'network_analysis'))),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
        if (_ggznet_of['bridges'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'bridges' in _ggznet_of else environment.getattr(_ggznet_of, 'bridges')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str((_ggznet_of['bridges'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'bridges' in _ggznet_of else environment.getattr(_ggznet_of, 'bridges'))),
                ':** ',
                str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['bridges'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'bridges' in _ggznet_of else environment.getattr(_ggznet_of, 'bridges')), 'md'), ', ')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        if (_ggznet_of['single'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'single' in _ggznet_of else environment.getattr(_ggznet_of, 'single')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str((_ggznet_of['single_actor'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'single_actor' in _ggznet_of else environment.getattr(_ggznet_of, 'single_actor'))),
                ':** ',
                str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['single'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'single' in _ggznet_of else environment.getattr(_ggznet_of, 'single')), 'md'), '; ')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        if (_ggznet_of['isolated'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'isolated' in _ggznet_of else environment.getattr(_ggznet_of, 'isolated')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str((_ggznet_of['isolated'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'isolated' in _ggznet_of else environment.getattr(_ggznet_of, 'isolated'))),
                ':** ',
                str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['isolated'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'isolated' in _ggznet_of else environment.getattr(_ggznet_of, 'isolated')), 'md'), ', ')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        if (_ggznet_of['unlinked'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'unlinked' in _ggznet_of else environment.getattr(_ggznet_of, 'unlinked')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str((_ggznet_of['unlinked'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'unlinked' in _ggznet_of else environment.getattr(_ggznet_of, 'unlinked'))),
                ':** ',
                str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['unlinked'] if type(_ggznet_of := (undefined(name='network') if l_0_network is missing else l_0_network)) is dict and 'unlinked' in _ggznet_of else environment.getattr(_ggznet_of, 'unlinked')), 'md'), ', ')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
    if ((_ggznet_of['source'] if type(_ggznet_of := (undefined(name='diagram') if l_0_diagram is missing else l_0_diagram)) is dict and 'source' in _ggznet_of else environment.getattr(_ggznet_of, 'source')) and (undefined(name='terminal') if l_0_terminal is missing else l_0_terminal)):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str((_ggznet_of['network_text'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'network_text' in _ggznet_of else environment.getattr(_ggznet_of, 'network_text'))),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_a in environment._loop((undefined(name='network_text') if l_0_network_text is missing else l_0_network_text)):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str(t_8((_ggznet_of['name'] if type(_ggznet_of := l_1_a) is dict and 'name' in _ggznet_of else environment.getattr(_ggznet_of, 'name')))),
                '** ',
                str(environment.call(context, (_ggznet_of['format'] if type(_ggznet_of := (_ggznet_of['works_with'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'works_with' in _ggznet_of else environment.getattr(_ggznet_of, 'works_with'))) is dict and 'format' in _ggznet_of else environment.getattr(_ggznet_of, 'format')), partners=str_join((environment._join(t_4(context.eval_ctx, t_7(context, (_ggznet_of['partners'] if type(_ggznet_of := l_1_a) is dict and 'partners' in _ggznet_of else environment.getattr(_ggznet_of, 'partners')), 'md'), ', '), (str_join((environment._join(' ', environment.call(context, (_ggznet_of['format'] if type(_ggznet_of := (_ggznet_of['and_more'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'and_more' in _ggznet_of else environment.getattr(_ggznet_of, 'and_more'))) is dict and 'format' in _ggznet_of else environment.getattr(_ggznet_of, 'format')), count=(_ggznet_of['more'] if type(_ggznet_of := l_1_a) is dict and 'more' in _ggznet_of else environment.getattr(_ggznet_of, 'more')), _loop_vars=_loop_vars)), )) if (_ggznet_of['more'] if type(_ggznet_of := l_1_a) is dict and 'more' in _ggznet_of else environment.getattr(_ggznet_of, 'more')) else '')), )), _loop_vars=_loop_vars)),
                ' (',
                str((_ggznet_of['via'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'via' in _ggznet_of else environment.getattr(_ggznet_of, 'via'))),
                ' ',
                str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['via'] if type(_ggznet_of := l_1_a) is dict and 'via' in _ggznet_of else environment.getattr(_ggznet_of, 'via')), 'md'), ', ')),
            ))
            yield ''.join(_ggznet_chunk)
            if (_ggznet_of['more_via'] if type(_ggznet_of := l_1_a) is dict and 'more_via' in _ggznet_of else environment.getattr(_ggznet_of, 'more_via')):
                pass
                yield ', …'
            yield ')\n'
        l_1_a = missing
        yield '\n'
    elif (_ggznet_of['source'] if type(_ggznet_of := (undefined(name='diagram') if l_0_diagram is missing else l_0_diagram)) is dict and 'source' in _ggznet_of else environment.getattr(_ggznet_of, 'source')):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str((_ggznet_of['diagram'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'diagram' in _ggznet_of else environment.getattr(_ggznet_of, 'diagram'))),
            '\n\n',
            str((_ggznet_of['diagram_note'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'diagram_note' in _ggznet_of else environment.getattr(_ggznet_of, 'diagram_note'))),
        ))
        yield ''.join(_ggznet_chunk)
        if (_ggznet_of['cut'] if type(_ggznet_of := (undefined(name='diagram') if l_0_diagram is missing else l_0_diagram)) is dict and 'cut' in _ggznet_of else environment.getattr(_ggznet_of, 'cut')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' ',
                str((_ggznet_of['note'] if type(_ggznet_of := (undefined(name='diagram') if l_0_diagram is missing else l_0_diagram)) is dict and 'note' in _ggznet_of else environment.getattr(_ggznet_of, 'note'))),
            ))
            yield ''.join(_ggznet_chunk)
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '\n\n```mermaid\n',
            str((_ggznet_of['source'] if type(_ggznet_of := (undefined(name='diagram') if l_0_diagram is missing else l_0_diagram)) is dict and 'source' in _ggznet_of else environment.getattr(_ggznet_of, 'source'))),
            '\n```\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str((_ggznet_of['initiatives'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'initiatives' in _ggznet_of else environment.getattr(_ggznet_of, 'initiatives'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    l_1_loop = missing
    t_10 = 1
    for l_1_group, l_1_loop in LoopContext(environment._loop((undefined(name='initiative_groups') if l_0_initiative_groups is missing else l_0_initiative_groups)), undefined):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str(t_2((_ggznet_of['status'] if type(_ggznet_of := l_1_group) is dict and 'status' in _ggznet_of else environment.getattr(_ggznet_of, 'status')))),
            ' (',
            str(t_5((_ggznet_of['initiatives'] if type(_ggznet_of := l_1_group) is dict and 'initiatives' in _ggznet_of else environment.getattr(_ggznet_of, 'initiatives')))),
            ')\n\n',
        ))
        yield ''.join(_ggznet_chunk)
        l_2_loop = missing
        for l_2_ini, l_2_loop in LoopContext(environment._loop((_ggznet_of['initiatives'] if type(_ggznet_of := l_1_group) is dict and 'initiatives' in _ggznet_of else environment.getattr(_ggznet_of, 'initiatives'))), undefined):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '#### ',
                str(t_8((_ggznet_of['name'] if type(_ggznet_of := l_2_ini) is dict and 'name' in _ggznet_of else environment.getattr(_ggznet_of, 'name')))),
                '\n\n- **',
                str((_ggznet_of['type'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'type' in _ggznet_of else environment.getattr(_ggznet_of, 'type'))),
                ':** ',
                str((_ggznet_of['type'] if type(_ggznet_of := l_2_ini) is dict and 'type' in _ggznet_of else environment.getattr(_ggznet_of, 'type'))),
            ))
            yield ''.join(_ggznet_chunk)
            if (_ggznet_of['period'] if type(_ggznet_of := l_2_ini) is dict and 'period' in _ggznet_of else environment.getattr(_ggznet_of, 'period')):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    ' · **',
                    str((_ggznet_of['period'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'period' in _ggznet_of else environment.getattr(_ggznet_of, 'period'))),
                    ':** ',
                    str((_ggznet_of['period'] if type(_ggznet_of := l_2_ini) is dict and 'period' in _ggznet_of else environment.getattr(_ggznet_of, 'period'))),
                ))
                yield ''.join(_ggznet_chunk)
            if (_ggznet_of['part_of'] if type(_ggznet_of := l_2_ini) is dict and 'part_of' in _ggznet_of else environment.getattr(_ggznet_of, 'part_of')):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    ' · **',
                    str((_ggznet_of['part_of'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'part_of' in _ggznet_of else environment.getattr(_ggznet_of, 'part_of'))),
                    ':** ',
                    str(t_8((_ggznet_of['part_of'] if type(_ggznet_of := l_2_ini) is dict and 'part_of' in _ggznet_of else environment.getattr(_ggznet_of, 'part_of')))),
                ))
                yield ''.join(_ggznet_chunk)
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '\n- **',
                str((_ggznet_of['themes'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'themes' in _ggznet_of else environment.getattr(_ggznet_of, 'themes'))),
                ':** ',
                str((t_4(context.eval_ctx, t_7(context, (_ggznet_of['themes'] if type(_ggznet_of := l_2_ini) is dict and 'themes' in _ggznet_of else environment.getattr(_ggznet_of, 'themes')), 'md'), ', ') if (_ggznet_of['themes'] if type(_ggznet_of := l_2_ini) is dict and 'themes' in _ggznet_of else environment.getattr(_ggznet_of, 'themes')) else '–')),
                '\n- **',
                str((_ggznet_of['domains'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'domains' in _ggznet_of else environment.getattr(_ggznet_of, 'domains'))),
                ':** ',
                str((t_4(context.eval_ctx, t_7(context, (_ggznet_of['domains'] if type(_ggznet_of := l_2_ini) is dict and 'domains' in _ggznet_of else environment.getattr(_ggznet_of, 'domains')), 'md'), ', ') if (_ggznet_of['domains'] if type(_ggznet_of := l_2_ini) is dict and 'domains' in _ggznet_of else environment.getattr(_ggznet_of, 'domains')) else '–')),
                '\n- **',
                str((_ggznet_of['owner'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'owner' in _ggznet_of else environment.getattr(_ggznet_of, 'owner'))),
                ':** ',
            ))
            yield ''.join(_ggznet_chunk)
            if (_ggznet_of['owners'] if type(_ggznet_of := l_2_ini) is dict and 'owners' in _ggznet_of else environment.getattr(_ggznet_of, 'owners')):
                pass
                yield str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['owners'] if type(_ggznet_of := l_2_ini) is dict and 'owners' in _ggznet_of else environment.getattr(_ggznet_of, 'owners')), 'md'), ', '))
                if (_ggznet_of['owner_by_initiators'] if type(_ggznet_of := l_2_ini) is dict and 'owner_by_initiators' in _ggznet_of else environment.getattr(_ggznet_of, 'owner_by_initiators')):
                    pass
                    _ggznet_chunk = []
                    _ggznet_chunk.extend((
                        ' (',
                        str(((_ggznet_of['owner_as_initiators'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'owner_as_initiators' in _ggznet_of else environment.getattr(_ggznet_of, 'owner_as_initiators')) if (t_5((_ggznet_of['owners'] if type(_ggznet_of := l_2_ini) is dict and 'owners' in _ggznet_of else environment.getattr(_ggznet_of, 'owners'))) > 1) else (_ggznet_of['owner_as_initiator'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'owner_as_initiator' in _ggznet_of else environment.getattr(_ggznet_of, 'owner_as_initiator')))),
                        ')',
                    ))
                    yield ''.join(_ggznet_chunk)
            else:
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '*',
                    str((_ggznet_of['no_owner'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'no_owner' in _ggznet_of else environment.getattr(_ggznet_of, 'no_owner'))),
                    '*',
                ))
                yield ''.join(_ggznet_chunk)
            yield '\n'
            if (_ggznet_of['involved'] if type(_ggznet_of := l_2_ini) is dict and 'involved' in _ggznet_of else environment.getattr(_ggznet_of, 'involved')):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '- **',
                    str((_ggznet_of['involved'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'involved' in _ggznet_of else environment.getattr(_ggznet_of, 'involved'))),
                    ':** ',
                ))
                yield ''.join(_ggznet_chunk)
                l_3_loop = missing
                for l_3_p, l_3_loop in LoopContext(environment._loop((_ggznet_of['involved'] if type(_ggznet_of := l_2_ini) is dict and 'involved' in _ggznet_of else environment.getattr(_ggznet_of, 'involved'))), undefined):
                    _loop_vars = {}
                    pass
                    _ggznet_chunk = []
                    _ggznet_chunk.extend((
                        str(t_8((_ggznet_of['name'] if type(_ggznet_of := l_3_p) is dict and 'name' in _ggznet_of else environment.getattr(_ggznet_of, 'name')))),
                        ' (',
                        str((_ggznet_of['role'] if type(_ggznet_of := l_3_p) is dict and 'role' in _ggznet_of else environment.getattr(_ggznet_of, 'role'))),
                        ')',
                        str((', ' if (not (_ggznet_of['last'] if type(_ggznet_of := l_3_loop) is dict and 'last' in _ggznet_of else environment.getattr(_ggznet_of, 'last'))) else cond_expr_undefined("the inline if-expression on line 122 in 'report.md.j2' evaluated to false and no else section was defined."))),
                    ))
                    yield ''.join(_ggznet_chunk)
                l_3_loop = l_3_p = missing
                yield '\n'
            if (_ggznet_of['summary'] if type(_ggznet_of := l_2_ini) is dict and 'summary' in _ggznet_of else environment.getattr(_ggznet_of, 'summary')):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '\n',
                    str(t_1((_ggznet_of['summary'] if type(_ggznet_of := l_2_ini) is dict and 'summary' in _ggznet_of else environment.getattr(_ggznet_of, 'summary')))),
                    '\n',
                ))
                yield ''.join(_ggznet_chunk)
            yield '\n'
        l_2_loop = l_2_ini = missing
        t_10 = 0
    l_1_loop = l_1_group = missing
    if t_10:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str((_ggznet_of['none_recorded'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'none_recorded' in _ggznet_of else environment.getattr(_ggznet_of, 'none_recorded'))),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str((_ggznet_of['coverage'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'coverage' in _ggznet_of else environment.getattr(_ggznet_of, 'coverage'))),
        '\n\n',
        str((_ggznet_of['coverage_intro'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'coverage_intro' in _ggznet_of else environment.getattr(_ggznet_of, 'coverage_intro'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if ((_ggznet_of['domains'] if type(_ggznet_of := (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage)) is dict and 'domains' in _ggznet_of else environment.getattr(_ggznet_of, 'domains')) and (_ggznet_of['rows'] if type(_ggznet_of := (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage)) is dict and 'rows' in _ggznet_of else environment.getattr(_ggznet_of, 'rows'))):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str((_ggznet_of['theme'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'theme' in _ggznet_of else environment.getattr(_ggznet_of, 'theme'))),
            ' | ',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_d in environment._loop((_ggznet_of['domains'] if type(_ggznet_of := (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage)) is dict and 'domains' in _ggznet_of else environment.getattr(_ggznet_of, 'domains'))):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str(t_3(l_1_d)),
                ' | ',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_d = missing
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str((_ggznet_of['total'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'total' in _ggznet_of else environment.getattr(_ggznet_of, 'total'))),
            ' |\n| --- |',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_d in environment._loop((_ggznet_of['domains'] if type(_ggznet_of := (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage)) is dict and 'domains' in _ggznet_of else environment.getattr(_ggznet_of, 'domains'))):
            _loop_vars = {}
            pass
            yield ' :---: |'
        l_1_d = missing
        yield ' ---: |\n'
        for l_1_row in environment._loop((_ggznet_of['rows'] if type(_ggznet_of := (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage)) is dict and 'rows' in _ggznet_of else environment.getattr(_ggznet_of, 'rows'))):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '| ',
                str(t_3((_ggznet_of['theme'] if type(_ggznet_of := l_1_row) is dict and 'theme' in _ggznet_of else environment.getattr(_ggznet_of, 'theme')))),
                ' | ',
            ))
            yield ''.join(_ggznet_chunk)
            for l_2_c in environment._loop((_ggznet_of['cells'] if type(_ggznet_of := l_1_row) is dict and 'cells' in _ggznet_of else environment.getattr(_ggznet_of, 'cells'))):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    str((l_2_c if l_2_c else '–')),
                    ' | ',
                ))
                yield ''.join(_ggznet_chunk)
            l_2_c = missing
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str((_ggznet_of['total'] if type(_ggznet_of := l_1_row) is dict and 'total' in _ggznet_of else environment.getattr(_ggznet_of, 'total'))),
                ' |\n',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_row = missing
        yield '\n'
    if (_ggznet_of['uncovered'] if type(_ggznet_of := (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage)) is dict and 'uncovered' in _ggznet_of else environment.getattr(_ggznet_of, 'uncovered')):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '**',
            str((_ggznet_of['uncovered_themes'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'uncovered_themes' in _ggznet_of else environment.getattr(_ggznet_of, 'uncovered_themes'))),
            ':** ',
            str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['uncovered'] if type(_ggznet_of := (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage)) is dict and 'uncovered' in _ggznet_of else environment.getattr(_ggznet_of, 'uncovered')), 'md'), ', ')),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    if (_ggznet_of['uncovered_domains'] if type(_ggznet_of := (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage)) is dict and 'uncovered_domains' in _ggznet_of else environment.getattr(_ggznet_of, 'uncovered_domains')):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '**',
            str((_ggznet_of['uncovered_domains'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'uncovered_domains' in _ggznet_of else environment.getattr(_ggznet_of, 'uncovered_domains'))),
            ':** ',
            str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['uncovered_domains'] if type(_ggznet_of := (undefined(name='coverage') if l_0_coverage is missing else l_0_coverage)) is dict and 'uncovered_domains' in _ggznet_of else environment.getattr(_ggznet_of, 'uncovered_domains')), 'md'), ', ')),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '## ',
        str((_ggznet_of['timeline'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'timeline' in _ggznet_of else environment.getattr(_ggznet_of, 'timeline'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    t_11 = 1
    for l_1_m in environment._loop((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings)):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str((_ggznet_of['date'] if type(_ggznet_of := l_1_m) is dict and 'date' in _ggznet_of else environment.getattr(_ggznet_of, 'date'))),
            ' · ',
            str(t_8((_ggznet_of['title'] if type(_ggznet_of := l_1_m) is dict and 'title' in _ggznet_of else environment.getattr(_ggznet_of, 'title')))),
            '\n\n*',
            str((_ggznet_of['type'] if type(_ggznet_of := l_1_m) is dict and 'type' in _ggznet_of else environment.getattr(_ggznet_of, 'type'))),
            ', ',
            str((_ggznet_of['status_word'] if type(_ggznet_of := l_1_m) is dict and 'status_word' in _ggznet_of else environment.getattr(_ggznet_of, 'status_word'))),
            '*',
        ))
        yield ''.join(_ggznet_chunk)
        if (_ggznet_of['forum'] if type(_ggznet_of := l_1_m) is dict and 'forum' in _ggznet_of else environment.getattr(_ggznet_of, 'forum')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' · ',
                str((_ggznet_of['forum'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'forum' in _ggznet_of else environment.getattr(_ggznet_of, 'forum'))),
                ': ',
                str(t_8((_ggznet_of['forum'] if type(_ggznet_of := l_1_m) is dict and 'forum' in _ggznet_of else environment.getattr(_ggznet_of, 'forum')))),
            ))
            yield ''.join(_ggznet_chunk)
        if (_ggznet_of['participants_count'] if type(_ggznet_of := l_1_m) is dict and 'participants_count' in _ggznet_of else environment.getattr(_ggznet_of, 'participants_count')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' · ',
                str((_ggznet_of['participants_count'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'participants_count' in _ggznet_of else environment.getattr(_ggznet_of, 'participants_count'))),
                ': ',
                str((_ggznet_of['participants_count'] if type(_ggznet_of := l_1_m) is dict and 'participants_count' in _ggznet_of else environment.getattr(_ggznet_of, 'participants_count'))),
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n\n'
        if (_ggznet_of['decisions'] if type(_ggznet_of := l_1_m) is dict and 'decisions' in _ggznet_of else environment.getattr(_ggznet_of, 'decisions')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '**',
                str((_ggznet_of['decisions'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'decisions' in _ggznet_of else environment.getattr(_ggznet_of, 'decisions'))),
                '**\n\n',
            ))
            yield ''.join(_ggznet_chunk)
            for l_2_d in environment._loop((_ggznet_of['decisions'] if type(_ggznet_of := l_1_m) is dict and 'decisions' in _ggznet_of else environment.getattr(_ggznet_of, 'decisions'))):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '- ',
                    str(t_8(l_2_d)),
                    '\n',
                ))
                yield ''.join(_ggznet_chunk)
            l_2_d = missing
            yield '\n'
        if (_ggznet_of['tracks'] if type(_ggznet_of := l_1_m) is dict and 'tracks' in _ggznet_of else environment.getattr(_ggznet_of, 'tracks')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '**',
                str((_ggznet_of['tracks'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'tracks' in _ggznet_of else environment.getattr(_ggznet_of, 'tracks'))),
                '**\n\n',
            ))
            yield ''.join(_ggznet_chunk)
            for l_2_t in environment._loop((_ggznet_of['tracks'] if type(_ggznet_of := l_1_m) is dict and 'tracks' in _ggznet_of else environment.getattr(_ggznet_of, 'tracks'))):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '- ',
                    str(t_8((_ggznet_of['title'] if type(_ggznet_of := l_2_t) is dict and 'title' in _ggznet_of else environment.getattr(_ggznet_of, 'title')))),
                ))
                yield ''.join(_ggznet_chunk)
                if (_ggznet_of['initiative'] if type(_ggznet_of := l_2_t) is dict and 'initiative' in _ggznet_of else environment.getattr(_ggznet_of, 'initiative')):
                    pass
                    _ggznet_chunk = []
                    _ggznet_chunk.extend((
                        ' → ',
                        str(t_8((_ggznet_of['initiative'] if type(_ggznet_of := l_2_t) is dict and 'initiative' in _ggznet_of else environment.getattr(_ggznet_of, 'initiative')))),
                    ))
                    yield ''.join(_ggznet_chunk)
                if (_ggznet_of['owner'] if type(_ggznet_of := l_2_t) is dict and 'owner' in _ggznet_of else environment.getattr(_ggznet_of, 'owner')):
                    pass
                    _ggznet_chunk = []
                    _ggznet_chunk.extend((
                        ' (',
                        str(t_8((_ggznet_of['owner'] if type(_ggznet_of := l_2_t) is dict and 'owner' in _ggznet_of else environment.getattr(_ggznet_of, 'owner')))),
                        ')',
                    ))
                    yield ''.join(_ggznet_chunk)
                yield '\n'
            l_2_t = missing
            yield '\n'
        if (_ggznet_of['next_meeting'] if type(_ggznet_of := l_1_m) is dict and 'next_meeting' in _ggznet_of else environment.getattr(_ggznet_of, 'next_meeting')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str((_ggznet_of['next_meeting'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'next_meeting' in _ggznet_of else environment.getattr(_ggznet_of, 'next_meeting'))),
                ': ',
                str((_ggznet_of['next_meeting'] if type(_ggznet_of := l_1_m) is dict and 'next_meeting' in _ggznet_of else environment.getattr(_ggznet_of, 'next_meeting'))),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
        t_11 = 0
    l_1_m = missing
    if t_11:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str((_ggznet_of['no_meetings'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'no_meetings' in _ggznet_of else environment.getattr(_ggznet_of, 'no_meetings'))),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str((_ggznet_of['open_actions'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'open_actions' in _ggznet_of else environment.getattr(_ggznet_of, 'open_actions'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (undefined(name='actions') if l_0_actions is missing else l_0_actions):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str((_ggznet_of['action'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'action' in _ggznet_of else environment.getattr(_ggznet_of, 'action'))),
            ' | ',
            str((_ggznet_of['action_owner'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'action_owner' in _ggznet_of else environment.getattr(_ggznet_of, 'action_owner'))),
            ' | ',
            str((_ggznet_of['due'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'due' in _ggznet_of else environment.getattr(_ggznet_of, 'due'))),
            ' | ',
            str((_ggznet_of['meeting'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'meeting' in _ggznet_of else environment.getattr(_ggznet_of, 'meeting'))),
            ' |\n| --- | --- | --- | --- |\n',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_a in environment._loop((undefined(name='actions') if l_0_actions is missing else l_0_actions)):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '| ',
                str(t_3((_ggznet_of['what'] if type(_ggznet_of := l_1_a) is dict and 'what' in _ggznet_of else environment.getattr(_ggznet_of, 'what')))),
            ))
            yield ''.join(_ggznet_chunk)
            if (_ggznet_of['overdue'] if type(_ggznet_of := l_1_a) is dict and 'overdue' in _ggznet_of else environment.getattr(_ggznet_of, 'overdue')):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    ' **(',
                    str((_ggznet_of['overdue'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'overdue' in _ggznet_of else environment.getattr(_ggznet_of, 'overdue'))),
                    ')**',
                ))
                yield ''.join(_ggznet_chunk)
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' | ',
                str(t_3((_ggznet_of['owner'] if type(_ggznet_of := l_1_a) is dict and 'owner' in _ggznet_of else environment.getattr(_ggznet_of, 'owner')))),
                ' | ',
                str(((_ggznet_of['due'] if type(_ggznet_of := l_1_a) is dict and 'due' in _ggznet_of else environment.getattr(_ggznet_of, 'due')) or '–')),
                ' | ',
                str((_ggznet_of['meeting_date'] if type(_ggznet_of := l_1_a) is dict and 'meeting_date' in _ggznet_of else environment.getattr(_ggznet_of, 'meeting_date'))),
                ' ',
                str(t_3((_ggznet_of['meeting'] if type(_ggznet_of := l_1_a) is dict and 'meeting' in _ggznet_of else environment.getattr(_ggznet_of, 'meeting')))),
                ' |\n',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_a = missing
    else:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str((_ggznet_of['no_open_actions'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'no_open_actions' in _ggznet_of else environment.getattr(_ggznet_of, 'no_open_actions'))),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str((_ggznet_of['learning'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'learning' in _ggznet_of else environment.getattr(_ggznet_of, 'learning'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    for l_1_key in environment._loop(['barriers', 'success_factors', 'lessons']):
        l_1_learning_groups = resolve('learning_groups')
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_key)),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
        t_12 = 1
        for l_2_group in environment._loop(environment.getitem((undefined(name='learning_groups') if l_1_learning_groups is missing else l_1_learning_groups), l_1_key)):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- *',
                str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['origin'] if type(_ggznet_of := l_2_group) is dict and 'origin' in _ggznet_of else environment.getattr(_ggznet_of, 'origin')), 'md'), '; ')),
                '*\n',
            ))
            yield ''.join(_ggznet_chunk)
            for l_3_text in environment._loop((_ggznet_of['texts'] if type(_ggznet_of := l_2_group) is dict and 'texts' in _ggznet_of else environment.getattr(_ggznet_of, 'texts'))):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '  - ',
                    str(t_8(l_3_text)),
                    '\n',
                ))
                yield ''.join(_ggznet_chunk)
            l_3_text = missing
            t_12 = 0
        l_2_group = missing
        if t_12:
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str((_ggznet_of['none_recorded'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'none_recorded' in _ggznet_of else environment.getattr(_ggznet_of, 'none_recorded'))),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
    l_1_key = l_1_learning_groups = missing
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '## ',
        str((_ggznet_of['continuity'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'continuity' in _ggznet_of else environment.getattr(_ggznet_of, 'continuity'))),
        '\n\n',
        str((_ggznet_of['continuity_intro'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'continuity_intro' in _ggznet_of else environment.getattr(_ggznet_of, 'continuity_intro'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (undefined(name='risks') if l_0_risks is missing else l_0_risks):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str((_ggznet_of['initiative'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'initiative' in _ggznet_of else environment.getattr(_ggznet_of, 'initiative'))),
            ' | ',
            str((_ggznet_of['status'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'status' in _ggznet_of else environment.getattr(_ggznet_of, 'status'))),
            ' | ',
            str((_ggznet_of['risks'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'risks' in _ggznet_of else environment.getattr(_ggznet_of, 'risks'))),
            ' |\n| --- | --- | --- |\n',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_r in environment._loop((undefined(name='risks') if l_0_risks is missing else l_0_risks)):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '| ',
                str(t_3((_ggznet_of['name'] if type(_ggznet_of := l_1_r) is dict and 'name' in _ggznet_of else environment.getattr(_ggznet_of, 'name')))),
                ' | ',
                str((_ggznet_of['status_word'] if type(_ggznet_of := l_1_r) is dict and 'status_word' in _ggznet_of else environment.getattr(_ggznet_of, 'status_word'))),
                ' | ',
                str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['risks'] if type(_ggznet_of := l_1_r) is dict and 'risks' in _ggznet_of else environment.getattr(_ggznet_of, 'risks')), 'cell'), '; ')),
                ' |\n',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_r = missing
    else:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str((_ggznet_of['no_risks'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'no_risks' in _ggznet_of else environment.getattr(_ggznet_of, 'no_risks'))),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str((_ggznet_of['inspiration'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'inspiration' in _ggznet_of else environment.getattr(_ggznet_of, 'inspiration'))),
        '\n\n',
        str((_ggznet_of['inspiration_intro'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'inspiration_intro' in _ggznet_of else environment.getattr(_ggznet_of, 'inspiration_intro'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    t_13 = 1
    for l_1_i in environment._loop((undefined(name='inspiration') if l_0_inspiration is missing else l_0_inspiration)):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '- **',
            str(t_8((_ggznet_of['name'] if type(_ggznet_of := l_1_i) is dict and 'name' in _ggznet_of else environment.getattr(_ggznet_of, 'name')))),
            '** (',
            str(t_4(context.eval_ctx, t_7(context, (_ggznet_of['regions'] if type(_ggznet_of := l_1_i) is dict and 'regions' in _ggznet_of else environment.getattr(_ggznet_of, 'regions')), 'md'), ', ')),
            '; ',
            str((_ggznet_of['status_word'] if type(_ggznet_of := l_1_i) is dict and 'status_word' in _ggznet_of else environment.getattr(_ggznet_of, 'status_word'))),
            '): ',
            str(t_8((_ggznet_of['why'] if type(_ggznet_of := l_1_i) is dict and 'why' in _ggznet_of else environment.getattr(_ggznet_of, 'why')))),
        ))
        yield ''.join(_ggznet_chunk)
        if (_ggznet_of['summary'] if type(_ggznet_of := l_1_i) is dict and 'summary' in _ggznet_of else environment.getattr(_ggznet_of, 'summary')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '. ',
                str(t_8((_ggznet_of['summary'] if type(_ggznet_of := l_1_i) is dict and 'summary' in _ggznet_of else environment.getattr(_ggznet_of, 'summary')))),
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
        t_13 = 0
    l_1_i = missing
    if t_13:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str((_ggznet_of['no_inspiration'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'no_inspiration' in _ggznet_of else environment.getattr(_ggznet_of, 'no_inspiration'))),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str((_ggznet_of['sources'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'sources' in _ggznet_of else environment.getattr(_ggznet_of, 'sources'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    t_14 = 1
    for l_1_s in environment._loop((undefined(name='sources') if l_0_sources is missing else l_0_sources)):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '- ',
            str(t_6((_ggznet_of['title'] if type(_ggznet_of := l_1_s) is dict and 'title' in _ggznet_of else environment.getattr(_ggznet_of, 'title')), (_ggznet_of['url'] if type(_ggznet_of := l_1_s) is dict and 'url' in _ggznet_of else environment.getattr(_ggznet_of, 'url')))),
        ))
        yield ''.join(_ggznet_chunk)
        if (_ggznet_of['publisher'] if type(_ggznet_of := l_1_s) is dict and 'publisher' in _ggznet_of else environment.getattr(_ggznet_of, 'publisher')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ', ',
                str(t_8((_ggznet_of['publisher'] if type(_ggznet_of := l_1_s) is dict and 'publisher' in _ggznet_of else environment.getattr(_ggznet_of, 'publisher')))),
            ))
            yield ''.join(_ggznet_chunk)
        if (_ggznet_of['published'] if type(_ggznet_of := l_1_s) is dict and 'published' in _ggznet_of else environment.getattr(_ggznet_of, 'published')):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' (',
                str((_ggznet_of['published'] if type(_ggznet_of := l_1_s) is dict and 'published' in _ggznet_of else environment.getattr(_ggznet_of, 'published'))),
                ')',
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
        t_14 = 0
    l_1_s = missing
    if t_14:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str((_ggznet_of['none_recorded'] if type(_ggznet_of := (undefined(name='L') if l_0_L is missing else l_0_L)) is dict and 'none_recorded' in _ggznet_of else environment.getattr(_ggznet_of, 'none_recorded'))),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)

blocks = {}
debug_info = '2=85&3=95&5=101&6=106&9=114&11=116&13=124&15=126&17=132&18=138&20=147&21=153&23=165&24=171&25=179&26=184&28=195&29=199&30=205&31=210&34=219&36=223&37=227&40=234&41=238&43=264&44=268&46=274&47=279&49=283&50=288&52=292&54=304&56=310&57=314&62=331&64=333&66=338&67=344&69=356&72=361&73=366&75=370&76=375&78=381&79=386&81=392&82=397&84=403&85=408&89=415&90=420&92=424&93=430&96=445&97=450&99=452&103=466&107=473&109=479&110=485&112=492&113=498&115=500&117=528&118=532&119=536&121=562&122=567&125=586&127=591&132=603&135=610&137=612&139=616&140=621&141=641&142=647&143=653&147=675&148=680&151=686&152=691&155=700&157=705&158=711&160=715&163=742&164=747&166=751&167=757&171=763&172=768&174=772&175=778&180=801&181=805&185=818&188=825&190=829&191=834&193=844&194=850&197=880&200=887&202=891&203=898&205=903&206=909&207=913&208=919&211=930&215=939&217=941&219=945&220=950&222=958&223=964&226=977&229=984&231=986&233=991&234=997&237=1021&240=1028&242=1033&243=1039&246=1066'